package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.moderation.ModerationRecords.IntelligenceInput;
import org.uglymugs.moderation.pii.PiiChecker;
import org.uglymugs.moderation.pii.PiiFlag;
import org.uglymugs.moderation.pii.PiiKind;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.HandlingCode;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.ReportSummary;
import org.uglymugs.report.api.SourceEvaluation;

/**
 * The intelligence summary and 3x5x2 grading a moderator writes for police. The text passes the
 * same PII check as an alert draft (the report's own identifiers are what police may see, so they
 * are allowed; the reporter's own details never are): open flags are a 422 unless the moderator
 * overrides, and an override is audited with the kinds of flag only.
 */
@ApplicationScoped
public class IntelligenceDesk {

    private final Reports reports;
    private final PiiChecker pii;
    private final AuditTrail audit;

    IntelligenceDesk(Reports reports, PiiChecker pii, AuditTrail audit) {
        this.reports = reports;
        this.pii = pii;
        this.audit = audit;
    }

    @Transactional
    public Intelligence set(String actor, String reference, IntelligenceInput input) {
        ReportSummary report = reports.summary(reference);
        String conditions = blank(input.handlingConditions())
                ? null
                : input.handlingConditions().strip();
        if (input.handlingCode() == HandlingCode.C && conditions == null) {
            throw ProblemException.invalid(
                    "handlingConditions", ErrorCode.REQUIRED, "the conditions are required with handling code C");
        }
        Intelligence intelligence = new Intelligence(
                input.summary().strip(),
                input.sourceEvaluation() == null ? SourceEvaluation.B : input.sourceEvaluation(),
                input.intelligenceAssessment(),
                input.handlingCode(),
                input.handlingCode() == HandlingCode.C ? conditions : null);
        List<PiiFlag> flags = flags(report, intelligence);
        if (!flags.isEmpty()) {
            // Unlike an alert's text, the reporter's own details never go to police, override or not.
            boolean reportersOwn = flags.stream().anyMatch(f -> f.kind() == PiiKind.REPORTER_CONTACT);
            if (!input.override() || reportersOwn) {
                throw PiiFlagsOpen.of("", flags);
            }
            audit.record(
                    actor,
                    AuditAction.PII_OVERRIDE,
                    reference,
                    Map.of(
                            "for",
                            "intelligence",
                            "flags",
                            flags.stream()
                                    .map(f -> f.field() + ":" + f.kind())
                                    .toList()
                                    .toString()));
        }
        reports.setIntelligence(report, intelligence);
        audit.record(actor, AuditAction.INTELLIGENCE_SET, reference, Map.of("grading", intelligence.grading()));
        return intelligence;
    }

    private List<PiiFlag> flags(ReportSummary report, Intelligence intelligence) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", intelligence.summary());
        fields.put("handlingConditions", intelligence.handlingConditions());
        Optional<ContactDetails> contact = reports.contact(report);
        return pii.check(
                fields,
                reports.identifiers(report),
                contact.map(AlertGate::reporter).orElse(null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
