package org.uglymugs.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.error.Conflicts;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.MissLimiter;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.report.api.ConsentChange;
import org.uglymugs.report.api.Consents;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IncidentInput;
import org.uglymugs.report.api.MessageAuthor;
import org.uglymugs.report.api.MessageInput;
import org.uglymugs.report.api.MyReportView;
import org.uglymugs.report.api.ReportEvents;
import org.uglymugs.report.api.ReportStatus;

/**
 * What a reporter can do with their receipt. Every miss is the same {@link ReportNotFound}. Only
 * misses are rate-limited (receipts are 160 random bits: only guessing needs a limit), so nobody
 * can stop a reporter reading, withdrawing consent or erasing by spending the shared allowance.
 */
@ApplicationScoped
public class MyReportService {

    private static final Logger LOG = Logger.getLogger(MyReportService.class);
    /** How often a consent change is tried when it meets a concurrent change. */
    private static final int CONSENT_ATTEMPTS = 3;

    private final ReceiptKeys receipts;
    private final ReportChecks checks;
    private final InputChecks input;
    private final SealedJson sealed;
    private final FieldCipher cipher;
    private final ReportViews views;
    private final MissLimiter misses;
    private final ReportCaps caps;
    private final Event<ReportEvents.ConsentsChanged> consentsChanged;
    private final Event<ReportEvents.Erased> erased;
    private final RandomIds ids;
    private final ReportKeys keys;
    private final Clock clock;

    MyReportService(
            ReceiptKeys receipts,
            ReportChecks checks,
            InputChecks input,
            SealedJson sealed,
            FieldCipher cipher,
            ReportViews views,
            MissLimiter misses,
            ReportCaps caps,
            Event<ReportEvents.ConsentsChanged> consentsChanged,
            Event<ReportEvents.Erased> erased,
            RandomIds ids,
            ReportKeys keys,
            Clock clock) {
        this.receipts = receipts;
        this.checks = checks;
        this.input = input;
        this.sealed = sealed;
        this.cipher = cipher;
        this.views = views;
        this.misses = misses;
        this.caps = caps;
        this.consentsChanged = consentsChanged;
        this.erased = erased;
        this.ids = ids;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public MyReportView view(String receipt) {
        return views.forReporter(find(receipt));
    }

    @Transactional
    public MyReportView addIncident(String receipt, IncidentInput incident) {
        Report report = find(receipt);
        checks.check(incident);
        if (report.incidents.size() >= caps.maxIncidents()) {
            throw ReportFull.incidents(caps.maxIncidents());
        }
        ReportIncident row = new ReportIncident();
        row.id = ids.next("report_incident");
        row.ordinal = report.incidents.size();
        row.report = report;
        row.detailsSealed = sealed.seal(incident, keys.of(report), Sealed.INCIDENT.at(row.id));
        row.addedAt = Minutes.now(clock);
        report.incidents.add(row);
        report.touch(clock);
        LOG.debug("Further incident added to a report");
        return views.forReporter(report);
    }

    @Transactional
    public MyReportView reply(String receipt, MessageInput message) {
        Report report = find(receipt);
        input.check(message);
        if (report.messages.size() >= caps.maxMessages()) {
            throw ReportFull.messages(caps.maxMessages());
        }
        ReportMessage row = new ReportMessage();
        row.id = ids.next("report_message");
        row.ordinal = report.messages.size();
        row.report = report;
        row.author = MessageAuthor.REPORTER;
        row.bodySealed = cipher.seal(message.body(), keys.of(report), Sealed.MESSAGE.at(row.id));
        row.sentAt = Minutes.now(clock);
        report.messages.add(row);
        if (report.status == ReportStatus.NEEDS_INFO) {
            report.moveTo(ReportStatus.IN_REVIEW, clock);
        }
        report.touch(clock);
        LOG.debug("Reporter replied");
        return views.forReporter(report);
    }

    /**
     * Changes the consents at once. A withdrawal that meets a concurrent change (a moderator
     * publishing or moving the report at the same moment: an optimistic-lock or unique conflict) is
     * tried again in a fresh transaction, so the reporter's withdrawal wins and retracts what was
     * just published instead of failing.
     */
    public MyReportView changeConsents(String receipt, ConsentChange change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyConsents(receipt, change));
            } catch (RuntimeException e) {
                if (attempt >= CONSENT_ATTEMPTS || !Conflicts.isConflict(e)) {
                    throw e;
                }
                LOG.debug("Consent change met a concurrent change; trying again");
            }
        }
    }

    private MyReportView applyConsents(String receipt, ConsentChange change) {
        Report report = find(receipt);
        ContactDetails contact = checks.checkConsents(change, report.contactSealed != null);
        Consents before = ConsentMapping.of(report);
        ConsentMapping.apply(change.consents(), report);
        if (!change.consents().needsContact()) {
            report.contactSealed = null;
        } else if (contact != null) {
            report.contactSealed = sealed.seal(contact, keys.of(report), Sealed.CONTACT.at(report.id));
        }
        if (report.status == ReportStatus.PUBLISHED && !change.consents().alertOthers()) {
            // The alert is retracted (alert.Alerts observes the event); the report stays for linking only.
            report.moveTo(ReportStatus.RECORDED, clock);
        }
        report.touch(clock);
        consentsChanged.fire(new ReportEvents.ConsentsChanged(report.id, report.reference, before, change.consents()));
        LOG.debug("Reporter changed consents");
        return views.forReporter(report);
    }

    /** Deletes the report and everything hanging off it; other features delete theirs on the event. */
    @Transactional
    public void erase(String receipt) {
        Report report = find(receipt);
        erased.fire(new ReportEvents.Erased(report.id, report.reference));
        report.delete();
        LOG.debug("Report erased at the reporter's request");
    }

    /**
     * The same keyed hashes (one per configured HMAC key) and indexed look-up for every receipt; only a
     * miss costs a token. A receipt found under an old HMAC key is re-hashed under the active one in
     * this transaction: the reporter notices nothing, and the old key's count falls.
     */
    private Report find(String receipt) {
        List<byte[]> candidates = receipts.candidates(receipt);
        Optional<Report> found = Report.findByReceiptHash(candidates);
        if (found.isEmpty()) {
            misses.miss(RateLimiter.Kind.RECEIPTS);
            throw ReportNotFound.forReceipt();
        }
        Report report = found.get();
        if (!receipts.activeKeyId().equals(report.receiptKeyId)) {
            report.receiptHash = candidates.get(0);
            report.receiptKeyId = receipts.activeKeyId();
        }
        return report;
    }
}
