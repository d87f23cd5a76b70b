package org.uglymugs.common.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The stable codes of field errors, written once so that the build checks every use: the API sends
 * {@link #code()} (the lower-case name) as {@code errors[].code} of a problem, and the pages show the
 * message key {@code error_<code>} of their bundle. The last group is the forms' own: errors a page
 * finds in its form before any service is called.
 */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID,
    UNKNOWN_FIELD,
    DUPLICATE_FIELD,
    FORBIDDEN_CHARACTER,
    TAKEN,
    UNKNOWN_AREA,
    IN_FUTURE,
    TOO_OLD,
    INVALID_PHONE,
    INVALID_EMAIL,
    INVALID_PLATE,
    INVALID_URL,
    REPORT_FULL,
    PII_PHONE,
    PII_EMAIL,
    PII_URL,
    PII_ADDRESS,
    PII_REPORTER_CONTACT,
    // the forms' own
    TOO_SHORT,
    CONFIRM,
    CHOOSE,
    CONFLICT,
    PAGE,
    ACTION,
    DATE,
    LOCKED_OUT;

    /** The code as the API and the message keys spell it, e.g. {@code too_long}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code a field error carries, if it is one of these. */
    public static Optional<ErrorCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
