package org.uglymugs.report.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IdentifierView;
import org.uglymugs.report.api.OccurredAt;
import org.uglymugs.report.api.PerpetratorDescription;
import org.uglymugs.report.api.QueueFilter;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.RiskAnswers;
import org.uglymugs.report.domain.MessageAuthor;
import org.uglymugs.report.domain.Report;
import org.uglymugs.report.domain.ReportIdentifier;
import org.uglymugs.report.domain.ReportMessage;
import org.uglymugs.report.domain.ReportStatus;
import org.uglymugs.report.domain.RiskLevel;
import org.uglymugs.report.domain.Sealed;

/**
 * The report feature's door for staff features (moderation, alerts): the queue, the opened report,
 * status changes and moderator messages. Auditing is the caller's job.
 */
@ApplicationScoped
public class ReportDesk {

    /** Reports awaiting a moderator's decision. */
    public static final Set<ReportStatus> AWAITING =
            EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW, ReportStatus.NEEDS_INFO);

    private final FieldCipher cipher;
    private final SealedJson sealed;
    private final ReportViews views;
    private final LinkedReports linked;

    public ReportDesk(FieldCipher cipher, SealedJson sealed, ReportViews views, LinkedReports linked) {
        this.cipher = cipher;
        this.sealed = sealed;
        this.views = views;
        this.linked = linked;
    }

    /** HIGH risk first, then the oldest. */
    @Transactional
    public Page<QueueItem> queue(QueueFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("status in :statuses");
        Parameters params =
                Parameters.with("statuses", filter.status() == null ? AWAITING : EnumSet.of(filter.status()));
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
                .map(r -> new QueueItem(
                        r.reference,
                        r.status,
                        r.riskLevel,
                        r.categories.stream().sorted().toList(),
                        r.area,
                        r.setting,
                        r.occurredOn,
                        r.submittedAt,
                        links.getOrDefault(r.id, 0L)))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public ReportDetail detail(String reference) {
        Report r = find(reference);
        var reporterView = views.forReporter(r);
        List<IdentifierView> identifiers =
                r.identifiers.stream().map(this::identifier).toList();
        return new ReportDetail(
                r.reference,
                r.status,
                r.riskLevel,
                r.categories.stream().sorted().toList(),
                new OccurredAt(r.occurredOn, r.occurredFrom, r.occurredTo),
                r.area,
                r.setting,
                cipher.open(r.locationSealed, Sealed.LOCATION),
                cipher.open(r.accountSealed, Sealed.ACCOUNT),
                sealed.open(r.descriptionSealed, PerpetratorDescription.class, Sealed.DESCRIPTION),
                identifiers,
                sealed.open(r.riskSealed, RiskAnswers.class, Sealed.RISK),
                reporterView.consents(),
                sealed.open(r.contactSealed, ContactDetails.class, Sealed.CONTACT),
                r.language,
                r.submittedAt,
                r.updatedAt,
                reporterView.incidents(),
                reporterView.messages(),
                linked.of(r.id));
    }

    @Transactional
    public ReportSummary summary(String reference) {
        Report r = find(reference);
        return new ReportSummary(
                r.id, r.reference, r.status, r.riskLevel, ConsentMapping.of(r), r.area, Set.copyOf(r.categories));
    }

    @Transactional
    public Optional<ReportSummary> summary(long id) {
        return Report.<Report>findByIdOptional(id)
                .map(r -> new ReportSummary(
                        r.id,
                        r.reference,
                        r.status,
                        r.riskLevel,
                        ConsentMapping.of(r),
                        r.area,
                        Set.copyOf(r.categories)));
    }

    @Transactional
    public void setStatus(String reference, ReportStatus status) {
        Report r = find(reference);
        r.status = status;
        r.touch();
    }

    /** A moderator's message, shown to the reporter on /my-report. */
    @Transactional
    public void addModeratorMessage(String reference, String body) {
        Report r = find(reference);
        ReportMessage message = new ReportMessage();
        message.report = r;
        message.author = MessageAuthor.MODERATOR;
        message.bodySealed = cipher.seal(body, Sealed.MESSAGE);
        message.sentAt = OffsetDateTime.now();
        r.messages.add(message);
        r.touch();
    }

    /** The report's identifiers with these ids, normalised, for publication; any other id is a 400. */
    @Transactional
    public List<NormalisedIdentifier> identifiers(String reference, Collection<Long> ids, String field) {
        Report r = find(reference);
        List<NormalisedIdentifier> out = new java.util.ArrayList<>();
        for (Long id : ids) {
            ReportIdentifier row = r.identifiers.stream()
                    .filter(i -> i.id.equals(id))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid(
                            field, FieldError.INVALID, "names an identifier that is not in this report"));
            out.add(sealed.open(row.valueSealed, NormalisedIdentifier.class, Sealed.IDENTIFIER));
        }
        return out;
    }

    @Transactional
    public Optional<ContactDetails> contact(String reference) {
        Report r = find(reference);
        return Optional.ofNullable(sealed.open(r.contactSealed, ContactDetails.class, Sealed.CONTACT));
    }

    private IdentifierView identifier(ReportIdentifier row) {
        NormalisedIdentifier id = sealed.open(row.valueSealed, NormalisedIdentifier.class, Sealed.IDENTIFIER);
        return new IdentifierView(row.id, id.type(), id.value(), id.platform());
    }

    private static Report find(String reference) {
        return Report.findByReference(reference).orElseThrow(() -> ReportNotFoundByReference.of(reference));
    }
}
