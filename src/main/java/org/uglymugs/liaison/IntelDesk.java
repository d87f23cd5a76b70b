package org.uglymugs.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.liaison.LiaisonRecords.AccessView;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.IntelQuery;
import org.uglymugs.report.api.IntelRecord;

/**
 * A liaison officer's reads of consented intelligence, in their own areas only (the report
 * feature decides what is shareable). Every list and view is audited with the references it
 * showed, never content, and every view goes into the officer's access history, so a withdrawal
 * later reaches exactly those who saw the record.
 */
@ApplicationScoped
public class IntelDesk {

    private final Reports reports;
    private final AuditTrail audit;
    private final Clock clock;

    IntelDesk(Reports reports, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** The officer's intelligence list; {@code query.areas()} is replaced by the officer's own. */
    @Transactional
    public Page<IntelItem> list(StaffPrincipal officer, IntelQuery query, PageRequest page) {
        Page<IntelItem> items = reports.intel(scoped(officer, query), page);
        Map<String, String> details = new LinkedHashMap<>(filters(query));
        details.put(
                "references",
                references(items.items().stream().map(IntelItem::reference).toList()));
        audit.record(officer.username(), AuditAction.LIAISON_INTEL_LISTED, null, details);
        return items;
    }

    @Transactional
    public IntelRecord view(StaffPrincipal officer, String reference) {
        IntelRecord record = find(officer, reference);
        record(officer, reference, AccessKind.VIEWED);
        audit.record(officer.username(), AuditAction.LIAISON_INTEL_VIEWED, reference, Map.of());
        return record;
    }

    /** The record, or the same 404 as a missing report; neither audited nor recorded here. */
    IntelRecord find(StaffPrincipal officer, String reference) {
        return reports.intel(reference, officer.areas()).orElseThrow(IntelNotFound::forReference);
    }

    @Transactional
    public Page<AccessView> access(StaffPrincipal officer, PageRequest page) {
        long total = LiaisonAccess.count("staffId", officer.staffId());
        List<AccessView> items = LiaisonAccess.<LiaisonAccess>find(
                        "staffId = ?1 order by at desc, id desc", officer.staffId())
                .page(page.page(), page.size())
                .list()
                .stream()
                .map(a -> new AccessView(a.reference, a.kind, a.at))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    void record(StaffPrincipal officer, String reference, AccessKind kind) {
        LiaisonAccess access = new LiaisonAccess();
        access.staffId = officer.staffId();
        access.username = officer.username();
        access.reference = reference;
        access.kind = kind;
        access.at = OffsetDateTime.now(clock);
        access.persist();
    }

    static IntelQuery scoped(StaffPrincipal officer, IntelQuery query) {
        return new IntelQuery(officer.areas(), query.area(), query.category(), query.since());
    }

    /** The filters of a list, for its audit entry (areas, categories and dates are no one's secret). */
    static Map<String, String> filters(IntelQuery query) {
        Map<String, String> details = new LinkedHashMap<>();
        if (query.area() != null) {
            details.put("area", query.area());
        }
        if (query.category() != null) {
            details.put("category", query.category().name());
        }
        if (query.since() != null) {
            details.put("since", query.since().toString());
        }
        return details;
    }

    static String references(List<String> references) {
        return String.join(",", references);
    }
}
