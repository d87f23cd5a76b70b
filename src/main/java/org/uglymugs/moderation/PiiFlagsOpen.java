package org.uglymugs.moderation;

import java.util.List;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.moderation.pii.PiiFlag;
import org.uglymugs.moderation.pii.PiiKind;

/** The draft looks like it identifies someone; publishing needs the flags fixed or an explicit override. */
class PiiFlagsOpen extends ProblemException {

    private PiiFlagsOpen(List<FieldError> errors) {
        super(
                422,
                "pii-flags",
                "The draft may identify someone",
                "Fix the flagged text, or name each flag to publish anyway in override as field:KIND"
                        + " (audited); the reporter's own name, phone or email can never be published.",
                errors);
    }

    static PiiFlagsOpen of(List<PiiFlag> flags) {
        return of("alert.", flags);
    }

    /** Flags of the body part under {@code prefix} (e.g. {@code "alert."}, or none for a top-level body). */
    static PiiFlagsOpen of(String prefix, List<PiiFlag> flags) {
        return new PiiFlagsOpen(flags.stream()
                .map(f -> new FieldError(
                        prefix + f.field(),
                        code(f.kind()),
                        "looks like " + describe(f) + " (POST …/pii-check shows where)"))
                .toList());
    }

    private static ErrorCode code(PiiKind kind) {
        return switch (kind) {
            case PHONE -> ErrorCode.PII_PHONE;
            case EMAIL -> ErrorCode.PII_EMAIL;
            case URL -> ErrorCode.PII_URL;
            case ADDRESS -> ErrorCode.PII_ADDRESS;
            case REPORTER_CONTACT -> ErrorCode.PII_REPORTER_CONTACT;
        };
    }

    private static String describe(PiiFlag flag) {
        return switch (flag.kind()) {
            case PHONE -> "a phone number";
            case EMAIL -> "an email address";
            case URL -> "a web address";
            case ADDRESS -> "an address";
            case REPORTER_CONTACT -> "the reporter's own contact details";
        };
    }
}
