package org.uglymugs.report;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.IntelQuery;
import org.uglymugs.report.api.IntelRecord;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.MessageAuthor;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.QueueFilter;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.ReportSummary;
import org.uglymugs.report.api.RiskLevel;

/**
 * The report feature's one door for other features (moderation, alerts, and later subscriptions,
 * the check and liaison): the queue, the opened report, status changes, moderator messages, the
 * identifiers chosen for an alert and their keyed hash. Auditing is the caller's job.
 *
 * <p>A caller looks a report up once by reference ({@link #summary(String)}) and hands the
 * {@link ReportSummary} back to every other method: they find the report by its id, which inside
 * the caller's transaction is answered by the persistence context instead of another query.
 */
@ApplicationScoped
public class Reports {

    private final FieldCipher cipher;
    private final SealedJson sealed;
    private final ReportViews views;
    private final LinkedReports linked;
    private final IdentifierHashes hashes;
    private final PoliceIntel intel;
    private final RandomIds ids;
    private final ReportKeys keys;
    private final Clock clock;

    @Inject
    ReportCaps caps;

    Reports(
            FieldCipher cipher,
            SealedJson sealed,
            ReportViews views,
            LinkedReports linked,
            IdentifierHashes hashes,
            PoliceIntel intel,
            RandomIds ids,
            ReportKeys keys,
            Clock clock) {
        this.cipher = cipher;
        this.sealed = sealed;
        this.views = views;
        this.linked = linked;
        this.hashes = hashes;
        this.intel = intel;
        this.ids = ids;
        this.keys = keys;
        this.clock = clock;
    }

    /** HIGH risk first, then the oldest; without a status filter, every report awaiting a decision. */
    @Transactional
    public Page<QueueItem> queue(QueueFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("status in :statuses");
        Parameters params = Parameters.with(
                "statuses", filter.status() == null ? ReportStatus.awaitingDecision() : EnumSet.of(filter.status()));
        if (filter.area() != null) {
            where.append(" and area = :area");
            params.and("area", filter.area());
        }
        if (filter.category() != null) {
            where.append(" and :category member of categories");
            params.and("category", filter.category());
        }
        long total = Report.count(where.toString(), params);
        params.and("high", RiskLevel.HIGH).and("elevated", RiskLevel.ELEVATED);
        List<Report> rows = Report.<Report>find(
                        where + " order by case when riskLevel = :high then 0"
                                + " when riskLevel = :elevated then 1 else 2 end, submittedAt, id",
                        params)
                .page(page.page(), page.size())
                .list();
        Map<Long, Long> links = linked.counts(rows.stream().map(r -> r.id).toList());
        List<QueueItem> items = rows.stream()
                .map(r -> views.queueItem(r, links.getOrDefault(r.id, 0L)))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The handle for every other method; an unknown (or erased) reference is a 404. */
    @Transactional
    public ReportSummary summary(String reference) {
        return views.summary(Report.findByReference(reference).orElseThrow(ReportNotFound::forReference));
    }

    @Transactional
    public Optional<ReportSummary> summary(long id) {
        return Report.<Report>findByIdOptional(id).map(views::summary);
    }

    /**
     * The whole report, opened for a moderator, with its linked reports; never the reporter's
     * contact, which a moderator reveals on purpose ({@link #contact}, audited by the caller).
     */
    @Transactional
    public ReportDetail detail(ReportSummary report) {
        Report r = find(report);
        return views.forModerator(r, linked.of(r.id));
    }

    /**
     * Moves the report to {@code next} and answers the updated handle; a move its lifecycle does
     * not allow ({@link ReportStatus#canMoveTo}, checked against the stored status) is a 409 and
     * changes nothing.
     */
    @Transactional
    public ReportSummary moveTo(ReportSummary report, ReportStatus next) {
        Report r = find(report);
        r.moveTo(next, clock);
        return views.summary(r);
    }

    /** A moderator's message, shown to the reporter on /my-report. */
    @Transactional
    public void addModeratorMessage(ReportSummary report, String body) {
        Report r = find(report);
        if (r.messages.size() >= caps.maxMessages()) {
            throw ReportFull.messages(caps.maxMessages());
        }
        ReportMessage message = new ReportMessage();
        message.id = ids.next("report_message");
        message.ordinal = r.messages.size();
        message.report = r;
        message.author = MessageAuthor.MODERATOR;
        message.bodySealed = cipher.seal(body, keys.of(r), Sealed.MESSAGE.at(message.id));
        // To the minute like the reporter's own messages: a precise staff time beside them in the same
        // table would bracket when the reporter wrote.
        message.sentAt = Minutes.now(clock);
        r.messages.add(message);
        r.touch(clock);
    }

    /** The report's identifiers with these ids, normalised, for publication; any other id is a 400. */
    @Transactional
    public List<NormalisedIdentifier> identifiers(ReportSummary report, Collection<Long> ids, String field) {
        Report r = find(report);
        List<NormalisedIdentifier> out = new ArrayList<>();
        for (Long id : ids) {
            ReportIdentifier row = r.identifiers.stream()
                    .filter(i -> i.id.equals(id))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid(
                            field, ErrorCode.INVALID, "names an identifier that is not in this report"));
            out.add(views.identifier(row));
        }
        return out;
    }

    /** The reporter's contact details, if a consent of theirs needs them. */
    @Transactional
    public Optional<ContactDetails> contact(ReportSummary report) {
        return Optional.ofNullable(views.contact(find(report)));
    }

    /** True when the reporter left contact details (nothing is opened). */
    @Transactional
    public boolean hasContact(ReportSummary report) {
        return find(report).contactSealed != null;
    }

    /** Every identifier the report names, normalised: what police may see of the perpetrator. */
    @Transactional
    public List<NormalisedIdentifier> identifiers(ReportSummary report) {
        return find(report).identifiers.stream().map(views::identifier).toList();
    }

    /** The moderator's intelligence summary and grading for police; replaces any earlier one. */
    @Transactional
    public void setIntelligence(ReportSummary report, Intelligence intelligence) {
        Report r = find(report);
        r.intelSealed = sealed.seal(intelligence, keys.of(r), Sealed.INTEL.at(r.id));
    }

    @Transactional
    public Optional<Intelligence> intelligence(ReportSummary report) {
        return Optional.ofNullable(views.intelligence(find(report)));
    }

    /** Consented intelligence in the officer's areas (see {@link PoliceIntel}), newest incident first. */
    @Transactional
    public Page<IntelItem> intel(IntelQuery query, PageRequest page) {
        return intel.list(query, page);
    }

    /** One record as police may see it; absent for any report they may not see, as for none at all. */
    @Transactional
    public Optional<IntelRecord> intel(String reference, Set<String> areas) {
        return intel.record(reference, areas);
    }

    /** The reporter's contact for police: only with both policeIntel and policeContactMe consent. */
    @Transactional
    public Optional<ContactDetails> intelContact(String reference, Set<String> areas) {
        return intel.contact(reference, areas);
    }

    /**
     * Seals text another feature keeps about this report (a moderator's note) under the report's own
     * data key, bound to that feature's {@code cell}: erasing the report makes it unreadable too, in
     * backups as well.
     */
    @Transactional
    public byte[] seal(ReportSummary report, Cell cell, String text) {
        return cipher.seal(text, keys.of(find(report)), cell);
    }

    /** Opens what {@link #seal(ReportSummary, Cell, String)} sealed for this report and cell. */
    @Transactional
    public String open(ReportSummary report, Cell cell, byte[] sealed) {
        return cipher.open(sealed, keys.of(find(report)), cell);
    }

    /** The keyed hash an identifier is matched by: equal identifiers, in any feature, give equal hashes. */
    public byte[] matchHash(NormalisedIdentifier identifier) {
        return hashes.of(identifier);
    }

    /** {@link #matchHash} under {@code under}'s active HMAC key: for re-hashing in HMAC key rotation. */
    public byte[] matchHash(KeyedHash under, NormalisedIdentifier identifier) {
        return IdentifierHashes.of(under, identifier);
    }

    /**
     * The keyed hashes an identifier is looked up by: one per configured HMAC key, the active key's
     * first, so a look-up finds rows not yet re-hashed during an HMAC key rotation.
     */
    public List<byte[]> matchHashes(NormalisedIdentifier identifier) {
        return hashes.candidates(identifier);
    }

    /** The HMAC key {@link #matchHash(NormalisedIdentifier)} hashes under. */
    public String matchKeyId() {
        return hashes.activeKeyId();
    }

    private static Report find(ReportSummary report) {
        return Report.<Report>findByIdOptional(report.id()).orElseThrow(ReportNotFound::forReference);
    }
}
