package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.audit.AuditAction;
import org.uglymugs.audit.AuditLog;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.moderation.ModerationRecords.Claim;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.NoteView;
import org.uglymugs.moderation.pii.PiiFlag;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.QueueFilter;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.ReportSummary;

/** The moderation desk. Every read of a report and every decision is audited. */
@ApplicationScoped
public class ModerationService {

    static final String NOTE = "report_note.body";

    private final Reports reports;
    private final Alerts alerts;
    private final AlertGate gate;
    private final FieldCipher cipher;
    private final AuditLog audit;

    public ModerationService(Reports reports, Alerts alerts, AlertGate gate, FieldCipher cipher, AuditLog audit) {
        this.reports = reports;
        this.alerts = alerts;
        this.gate = gate;
        this.cipher = cipher;
        this.audit = audit;
    }

    public Page<QueueItem> queue(QueueFilter filter, PageRequest page) {
        return reports.queue(filter, page);
    }

    @Transactional
    public ModerationView open(String actor, String reference) {
        ModerationView view = view(reference);
        audit.record(actor, AuditAction.REPORT_VIEWED, reference, Map.of());
        return view;
    }

    @Transactional
    public Claim claim(String actor, String reference) {
        ReportSummary report = reports.summary(reference);
        ReportClaim claim = ReportClaim.findById(report.id());
        if (claim == null) {
            claim = new ReportClaim();
            claim.reportId = report.id();
        }
        claim.claimedBy = actor;
        claim.claimedAt = OffsetDateTime.now();
        claim.persist();
        if (report.status() == ReportStatus.SUBMITTED) {
            reports.moveTo(report, ReportStatus.IN_REVIEW);
        }
        audit.record(actor, AuditAction.REPORT_CLAIMED, reference, Map.of());
        return new Claim(claim.claimedBy, claim.claimedAt);
    }

    @Transactional
    public void message(String actor, String reference, String body) {
        reports.addModeratorMessage(reports.summary(reference), body);
        audit.record(actor, AuditAction.REPORT_MESSAGE_SENT, reference, Map.of());
    }

    @Transactional
    public NoteView note(String actor, String reference, String body) {
        ReportSummary report = reports.summary(reference);
        ReportNote note = new ReportNote();
        note.reportId = report.id();
        note.author = actor;
        note.bodySealed = cipher.seal(body, NOTE);
        note.writtenAt = OffsetDateTime.now();
        note.persist();
        audit.record(actor, AuditAction.REPORT_NOTE_ADDED, reference, Map.of());
        return new NoteView(note.author, body, note.writtenAt);
    }

    public List<PiiFlag> piiCheck(String reference, AlertDraft draft) {
        return gate.flags(reports.summary(reference), draft);
    }

    @Transactional
    public AlertGate.Preview preview(String reference, AlertDraft draft) {
        return gate.preview(reports.summary(reference), draft);
    }

    @Transactional
    public DecisionResult decide(String actor, String reference, Decision decision) {
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
                            "alert", FieldError.REQUIRED, "an alert draft is required to publish");
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
                    throw ProblemException.invalid("reason", FieldError.REQUIRED, "a reason is required to reject");
                }
                report = reports.moveTo(report, ReportStatus.REJECTED);
                details.put("reason", decision.reason().name());
            }
            case NEEDS_INFO -> {
                if (decision.question() == null || decision.question().isBlank()) {
                    throw ProblemException.invalid(
                            "question", FieldError.REQUIRED, "a question for the reporter is required");
                }
                reports.addModeratorMessage(report, decision.question().strip());
                report = reports.moveTo(report, ReportStatus.NEEDS_INFO);
            }
        }
        audit.record(actor, AuditAction.REPORT_DECIDED, reference, details);
        return new DecisionResult(reference, report.status(), alert);
    }

    @Transactional
    public AlertView alert(long id) {
        return alerts.get(id, reportOfAlert(id).reference());
    }

    @Transactional
    public AlertView updateAlert(String actor, long id, AlertDraft draft, boolean override) {
        ReportSummary report = reportOfAlert(id);
        List<NormalisedIdentifier> ids = gate.pass(actor, report, draft, override);
        return alerts.update(actor, id, report.reference(), draft, ids);
    }

    @Transactional
    public AlertView retractAlert(String actor, long id, String reason) {
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

    private ModerationView view(String reference) {
        ReportSummary summary = reports.summary(reference);
        ReportDetail report = reports.detail(summary);
        long id = summary.id();
        List<NoteView> notes = ReportNote.forReport(id).stream()
                .map(n -> new NoteView(n.author, cipher.open(n.bodySealed, NOTE), n.writtenAt))
                .toList();
        ReportClaim claim = ReportClaim.findById(id);
        return new ModerationView(
                report,
                notes,
                claim == null ? null : new Claim(claim.claimedBy, claim.claimedAt),
                alerts.forReport(id, reference));
    }

    /** What a decision did: the report's new status, and the alert it issued, if any. */
    public record DecisionResult(String reference, ReportStatus status, AlertView alert) {}
}
