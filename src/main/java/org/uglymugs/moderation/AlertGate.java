package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.moderation.ModerationRecords.Preview;
import org.uglymugs.moderation.pii.PiiChecker;
import org.uglymugs.moderation.pii.PiiFlag;
import org.uglymugs.moderation.pii.PiiKind;
import org.uglymugs.moderation.pii.ReporterContact;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.ReportSummary;

/**
 * Every alert draft passes here before it is issued or updated: known areas, identifiers from the
 * report itself, and the PII check of every drafted field (title, summary, perpetrator description
 * and the chosen identifiers). Open flags stop publication unless the moderator overrides each one
 * by name; the reporter's own contact details can never be overridden; each override is audited
 * (the field and kind of flag only, never the text).
 */
@ApplicationScoped
class AlertGate {

    /** The draft field under which a chosen identifier is flagged. */
    static final String IDENTIFIERS = "identifierIds";

    private final Reports reports;
    private final AreaService areas;
    private final PiiChecker pii;
    private final AuditTrail audit;

    AlertGate(Reports reports, AreaService areas, PiiChecker pii, AuditTrail audit) {
        this.reports = reports;
        this.areas = areas;
        this.pii = pii;
        this.audit = audit;
    }

    /**
     * The identifiers to publish, once the draft has passed: every flag fixed, or named in
     * {@code overrides} by its {@link #overrideId} ({@code field:KIND}). A flag of the reporter's own
     * name, phone or email ({@link PiiKind#REPORTER_CONTACT}) can never be overridden, in any field.
     * Each overridden flag is audited on its own (its field and kind only, never the text).
     */
    List<NormalisedIdentifier> pass(String actor, ReportSummary report, AlertDraft draft, List<String> overrides) {
        List<FieldError> errors = new ArrayList<>();
        for (String area : draft.areas()) {
            if (!areas.isActive(area)) {
                errors.add(new FieldError("alert.areas", ErrorCode.UNKNOWN_AREA, "names an area that is not active"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<NormalisedIdentifier> identifiers = identifiers(report, draft);
        List<PiiFlag> flags = check(report, draft, identifiers);
        Set<String> overridden = overrides == null ? Set.of() : Set.copyOf(overrides);
        List<PiiFlag> open = flags.stream()
                .filter(f -> !overridable(f) || !overridden.contains(overrideId(f)))
                .toList();
        if (!open.isEmpty()) {
            throw PiiFlagsOpen.of(open);
        }
        for (PiiFlag flag : flags) {
            audit.record(
                    actor,
                    AuditAction.PII_OVERRIDE,
                    report.reference(),
                    Map.of(
                            "for",
                            "alert",
                            "field",
                            flag.field(),
                            "kind",
                            flag.kind().name()));
        }
        return identifiers;
    }

    /** How a request names a flag it publishes anyway: {@code field:KIND}, e.g. {@code summary:ADDRESS}. */
    static String overrideId(PiiFlag flag) {
        return flag.field() + ":" + flag.kind().name();
    }

    /** The reporter's own name, phone or email is never published, whoever asks. */
    static boolean overridable(PiiFlag flag) {
        return flag.kind() != PiiKind.REPORTER_CONTACT && !IDENTIFIERS.equals(flag.field());
    }

    List<PiiFlag> flags(ReportSummary report, AlertDraft draft) {
        return check(report, draft, identifiers(report, draft));
    }

    /** The alert exactly as subscribers would read it, and what the PII check says about it. */
    Preview preview(ReportSummary report, AlertDraft draft) {
        List<NormalisedIdentifier> identifiers = identifiers(report, draft);
        return new Preview(AlertContent.of(draft, identifiers), check(report, draft, identifiers), draft);
    }

    private List<NormalisedIdentifier> identifiers(ReportSummary report, AlertDraft draft) {
        return reports.identifiers(
                report, draft.identifierIds() == null ? List.of() : draft.identifierIds(), "alert.identifierIds");
    }

    private List<PiiFlag> check(ReportSummary report, AlertDraft draft, List<NormalisedIdentifier> published) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("title", draft.title());
        fields.put("summary", draft.summary());
        fields.put("perpetratorDescription", draft.perpetratorDescription());
        Optional<ContactDetails> contact = reports.contact(report);
        List<PiiFlag> flags = new ArrayList<>();
        List<NormalisedIdentifier> others = new ArrayList<>();
        for (NormalisedIdentifier identifier : published) {
            if (contact.isPresent() && isReporters(identifier, contact.get())) {
                flags.add(new PiiFlag(IDENTIFIERS, PiiKind.REPORTER_CONTACT, identifier.value()));
            } else {
                others.add(identifier);
            }
        }
        flags.addAll(pii.check(fields, others, contact.map(AlertGate::reporter).orElse(null)));
        return flags;
    }

    /** A chosen identifier that is the reporter's own phone, email or name (both sides normalised). */
    private static boolean isReporters(NormalisedIdentifier identifier, ContactDetails contact) {
        return switch (identifier.type()) {
            case PHONE -> identifier.value().equals(contact.phone());
            case EMAIL -> identifier.value().equals(contact.email());
            case NAME ->
                contact.name() != null
                        && identifier
                                .value()
                                .equals(contact.name()
                                        .strip()
                                        .replaceAll("\\s+", " ")
                                        .toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    static ReporterContact reporter(ContactDetails contact) {
        return new ReporterContact(contact.name(), contact.phone(), contact.email());
    }
}
