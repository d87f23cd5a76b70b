package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionResult;
import org.uglymugs.moderation.ModerationRecords.Preview;
import org.uglymugs.moderation.pii.PiiFlag;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.ReportSummary;

/**
 * The transactions behind {@link Decisions}: a moderator's decision on a report (publish, record,
 * reject, ask the reporter) and what follows for its alerts: drafts pass the {@link AlertGate},
 * alerts are issued, updated and retracted through {@link Alerts}, and the report moves through
 * {@link Reports#moveTo}. Every decision, PII check, preview and alert read is audited. The report
 * is looked up once per call and handed on as a {@link ReportSummary}.
 */
@ApplicationScoped
class DecisionDesk {

    private final Reports reports;
    private final Alerts alerts;
    private final AlertGate gate;
    private final AuditTrail audit;

    DecisionDesk(Reports reports, Alerts alerts, AlertGate gate, AuditTrail audit) {
        this.reports = reports;
        this.alerts = alerts;
        this.gate = gate;
        this.audit = audit;
    }

    /** The PII check compares the draft with the reporter's contact: audited as a read of the report. */
    @Transactional
    List<PiiFlag> piiCheck(String actor, String reference, AlertDraft draft) {
        ReportSummary report = reports.summary(reference);
        List<PiiFlag> flags = gate.flags(report, draft);
        audit.record(actor, AuditAction.REPORT_VIEWED, reference, Map.of("via", "pii-check"));
        return flags;
    }

    /** A preview runs the same check: audited as a read of the report. */
    @Transactional
    Preview preview(String actor, String reference, AlertDraft draft) {
        ReportSummary report = reports.summary(reference);
        Preview preview = gate.preview(report, draft);
        audit.record(actor, AuditAction.REPORT_VIEWED, reference, Map.of("via", "preview"));
        return preview;
    }

    /**
     * Whether the report may take a decision at all is checked first, so a decided report answers
     * 409 whatever the decision holds; then the decision's own requirements.
     */
    @Transactional
    DecisionResult decide(String actor, String reference, Decision decision) {
        ReportSummary report = reports.summary(reference);
        if (!report.status().isDecidable()) {
            throw ReportConflict.decided(report.status().name());
        }
        Map<String, String> details =
                new HashMap<>(Map.of("decision", decision.decision().name()));
        AlertView alert = null;
        switch (decision.decision()) {
            case PUBLISH -> {
                if (decision.alert() == null) {
                    throw ProblemException.invalid(
                            "alert", ErrorCode.REQUIRED, "an alert draft is required to publish");
                }
                if (!Boolean.TRUE.equals(report.consents().alertOthers())) {
                    throw ReportConflict.noAlertConsent();
                }
                List<NormalisedIdentifier> ids = gate.pass(actor, report, decision.alert(), decision.override());
                alert = alerts.issue(actor, report.id(), reference, decision.alert(), ids);
                report = reports.moveTo(report, ReportStatus.PUBLISHED);
                details.put("alert", Long.toString(alert.id()));
            }
            case RECORD -> report = reports.moveTo(report, ReportStatus.RECORDED);
            case REJECT -> {
                if (decision.reason() == null) {
                    throw ProblemException.invalid("reason", ErrorCode.REQUIRED, "a reason is required to reject");
                }
                report = reports.moveTo(report, ReportStatus.REJECTED);
                details.put("reason", decision.reason().name());
            }
            case NEEDS_INFO -> {
                if (decision.question() == null || decision.question().isBlank()) {
                    throw ProblemException.invalid(
                            "question", ErrorCode.REQUIRED, "a question for the reporter is required");
                }
                reports.addModeratorMessage(report, decision.question().strip());
                report = reports.moveTo(report, ReportStatus.NEEDS_INFO);
            }
        }
        audit.record(actor, AuditAction.REPORT_DECIDED, reference, details);
        return new DecisionResult(reference, report.status(), alert);
    }

    @Transactional
    AlertView alert(long id) {
        return alerts.get(id, reportOfAlert(id).reference());
    }

    /** An alert read by staff (its content, history and retraction reasons): audited. */
    @Transactional
    AlertView viewAlert(String actor, long id) {
        String reference = reportOfAlert(id).reference();
        AlertView view = alerts.get(id, reference);
        audit.record(actor, AuditAction.ALERT_VIEWED, "alert:" + id, Map.of("report", reference));
        return view;
    }

    /** The reference of the report an alert was issued for; an unknown alert is a 404. */
    @Transactional
    String referenceOfAlert(long id) {
        return reportOfAlert(id).reference();
    }

    /** A new version of the alert, through the same gate as the first. */
    @Transactional
    AlertView updateAlert(String actor, long id, AlertDraft draft, List<String> override) {
        ReportSummary report = reportOfAlert(id);
        List<NormalisedIdentifier> ids = gate.pass(actor, report, draft, override);
        return alerts.update(actor, id, report.reference(), draft, ids);
    }

    /** Retracts the alert; a published report whose last live alert this was becomes RECORDED. */
    @Transactional
    AlertView retractAlert(String actor, long id, String reason) {
        ReportSummary report = reportOfAlert(id);
        AlertView view = alerts.retract(actor, id, report.reference(), reason);
        if (!alerts.hasLiveAlert(report.id()) && report.status() == ReportStatus.PUBLISHED) {
            reports.moveTo(report, ReportStatus.RECORDED);
        }
        return view;
    }

    private ReportSummary reportOfAlert(long id) {
        return reports.summary(alerts.reportOf(id)).orElseThrow(AlertNotFound::any);
    }
}
