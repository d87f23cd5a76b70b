package org.uglymugs.report;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IntelIdentifier;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.IntelQuery;
import org.uglymugs.report.api.IntelRecord;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.OccurredAt;
import org.uglymugs.report.api.ReportStatus;

/**
 * What police liaison officers may see: reports whose reporter gave policeIntel consent, in the
 * officer's areas, RECORDED or PUBLISHED, with the moderator's intelligence summary written. Any
 * other report is simply absent, the same as one that does not exist.
 */
@ApplicationScoped
class PoliceIntel {

    /** The states police may see a report in. */
    static final Set<ReportStatus> SHAREABLE = EnumSet.of(ReportStatus.RECORDED, ReportStatus.PUBLISHED);

    private static final String ELIGIBLE =
            "consentPoliceIntel = true and status in :shareable and intelSealed is not null and area in :areas";

    private final ReportViews views;
    private final LinkedReports linked;

    PoliceIntel(ReportViews views, LinkedReports linked) {
        this.views = views;
        this.linked = linked;
    }

    Page<IntelItem> list(IntelQuery query, PageRequest page) {
        if (query.areas().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        StringBuilder where = new StringBuilder(ELIGIBLE);
        Parameters params = Parameters.with("shareable", SHAREABLE).and("areas", query.areas());
        if (query.area() != null) {
            where.append(" and area = :area");
            params.and("area", query.area());
        }
        if (query.category() != null) {
            where.append(" and :category member of categories");
            params.and("category", query.category());
        }
        // The incident date is sealed (a quasi-identifier), so "since" and the order by date are
        // applied here, over the reports this officer may see at all.
        List<Dated> eligible = Report.<Report>find(where.toString(), params).stream()
                .map(r -> new Dated(r, views.occurred(r)))
                .filter(d -> query.since() == null || !d.occurred().date().isBefore(query.since()))
                .sorted(Comparator.comparing((Dated d) -> d.occurred().date())
                        .reversed()
                        .thenComparing(d -> d.report().reference))
                .toList();
        long total = eligible.size();
        List<Dated> rows = eligible.stream()
                .skip((long) page.page() * page.size())
                .limit(page.size())
                .toList();
        Map<Long, Long> links =
                linked.visibleCounts(rows.stream().map(d -> d.report().id).toList(), query.areas(), SHAREABLE);
        List<IntelItem> items = rows.stream()
                .map(d -> new IntelItem(
                        d.report().reference,
                        d.report().categories.stream().sorted().toList(),
                        d.report().area,
                        d.report().setting,
                        d.occurred().date(),
                        views.intelligence(d.report()).grading(),
                        links.getOrDefault(d.report().id, 0L),
                        d.report().consentPoliceContactMe))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private record Dated(Report report, OccurredAt occurred) {}

    Optional<IntelRecord> record(String reference, Set<String> areas) {
        return eligible(reference, areas).map(r -> record(r, areas));
    }

    /** The reporter's contact, only when they also agreed to police contact. */
    Optional<ContactDetails> contact(String reference, Set<String> areas) {
        return eligible(reference, areas)
                .filter(r -> r.consentPoliceContactMe && r.contactSealed != null)
                .map(views::contact);
    }

    private Optional<Report> eligible(String reference, Set<String> areas) {
        if (reference == null || areas.isEmpty()) {
            return Optional.empty();
        }
        return Report.<Report>find(
                        "reference = :reference and " + ELIGIBLE,
                        Parameters.with("reference", reference)
                                .and("shareable", SHAREABLE)
                                .and("areas", areas))
                .firstResultOptional();
    }

    private IntelRecord record(Report r, Set<String> areas) {
        Intelligence intelligence = views.intelligence(r);
        long links = linked.visibleCounts(List.of(r.id), areas, SHAREABLE).getOrDefault(r.id, 0L);
        return new IntelRecord(
                r.reference,
                r.categories.stream().sorted().toList(),
                r.area,
                r.setting,
                views.occurred(r),
                views.description(r),
                r.identifiers.stream().map(i -> identifier(views.identifier(i))).toList(),
                links,
                intelligence,
                r.consentPoliceContactMe);
    }

    private static IntelIdentifier identifier(NormalisedIdentifier id) {
        return new IntelIdentifier(id.type(), id.value(), id.platform());
    }
}
