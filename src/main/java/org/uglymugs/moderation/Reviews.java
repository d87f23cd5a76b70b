package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uglymugs.alert.Alerts;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.moderation.ModerationRecords.Claim;
import org.uglymugs.moderation.ModerationRecords.ContactReason;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.NoteView;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.QueueFilter;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.ReportSummary;

/**
 * A moderator's casework short of a decision: the queue, the opened report (every opening is
 * audited), claims, messages to the reporter and internal notes. Decisions: {@link Decisions}.
 */
@ApplicationScoped
public class Reviews {

    private final Reports reports;
    private final Alerts alerts;
    private final ModerationViews views;
    private final AuditTrail audit;
    private final Clock clock;

    Reviews(Reports reports, Alerts alerts, ModerationViews views, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.alerts = alerts;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** One audit entry per listing, naming the filter and page (never one per row). */
    @Transactional
    public Page<QueueItem> queue(String actor, QueueFilter filter, PageRequest page) {
        Page<QueueItem> items = reports.queue(filter, page);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("page", Integer.toString(page.page()));
        details.put("size", Integer.toString(page.size()));
        if (filter.status() != null) {
            details.put("status", filter.status().name());
        }
        if (filter.area() != null) {
            details.put("area", filter.area().matches("[a-z0-9-]{1,64}") ? filter.area() : "(not an area id)");
        }
        if (filter.category() != null) {
            details.put("category", filter.category().name());
        }
        details.put("rows", Integer.toString(items.items().size()));
        audit.record(actor, AuditAction.REPORT_QUEUE_LISTED, null, details);
        return items;
    }

    /** The whole report with notes, claim and alerts; audited as a read. */
    @Transactional
    public ModerationView open(String actor, String reference) {
        ReportSummary report = reports.summary(reference);
        ModerationView view = views.view(
                report,
                reports.detail(report),
                ReportNote.forReport(report.id()),
                ReportClaim.findById(report.id()),
                alerts.forReport(report.id(), reference),
                reports.intelligence(report).orElse(null),
                contactAvailable(report));
        audit.record(actor, AuditAction.REPORT_VIEWED, reference, Map.of());
        return view;
    }

    /**
     * The reporter's contact, revealed on purpose with a reason whose category is audited; only
     * when she asked for support contact (contact given only for police is the liaison desk's).
     */
    @Transactional
    public ContactDetails revealContact(String actor, String reference, ContactReason reason) {
        ReportSummary report = reports.summary(reference);
        if (!contactAvailable(report)) {
            throw ContactNotAvailable.forReport();
        }
        ContactDetails contact = reports.contact(report).orElseThrow(ContactNotAvailable::forReport);
        audit.record(actor, AuditAction.REPORT_CONTACT_REVEALED, reference, Map.of("reason", reason.name()));
        return contact;
    }

    private boolean contactAvailable(ReportSummary report) {
        return Boolean.TRUE.equals(report.consents().supportContactMe()) && reports.hasContact(report);
    }

    /** Takes the report; a submitted report moves to IN_REVIEW. */
    @Transactional
    public Claim claim(String actor, String reference) {
        ReportSummary report = reports.summary(reference);
        ReportClaim claim = ReportClaim.findById(report.id());
        if (claim == null) {
            claim = new ReportClaim();
            claim.reportId = report.id();
        }
        claim.claimedBy = actor;
        claim.claimedAt = OffsetDateTime.now(clock);
        claim.persist();
        if (report.status() == ReportStatus.SUBMITTED) {
            reports.moveTo(report, ReportStatus.IN_REVIEW);
        }
        audit.record(actor, AuditAction.REPORT_CLAIMED, reference, Map.of());
        return views.claim(claim);
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
        note.bodySealed = views.sealNote(report, note, body);
        note.writtenAt = OffsetDateTime.now(clock);
        note.persist();
        audit.record(actor, AuditAction.REPORT_NOTE_ADDED, reference, Map.of());
        return new NoteView(note.author, body, note.writtenAt);
    }
}
