package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.LinkedReport;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.RiskLevel;

/** Reports that name an identifier with the same keyed hash as another report's. */
@ApplicationScoped
class LinkedReports {

    private final EntityManager em;

    LinkedReports(EntityManager em) {
        this.em = em;
    }

    List<LinkedReport> of(long reportId) {
        List<?> rows = em.createNativeQuery("""
                select r2.reference, r2.status, r2.risk_level, r2.submitted_at, ri2.type
                from report_identifier ri1
                join report_identifier ri2 on ri2.value_hash = ri1.value_hash and ri2.report_id <> ri1.report_id
                join report r2 on r2.id = ri2.report_id
                where ri1.report_id = ?1
                order by r2.submitted_at desc, r2.reference, ri2.type""").setParameter(1, reportId).getResultList();
        Map<String, LinkedReport> byReference = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String reference = (String) r[0];
            LinkedReport linked = byReference.computeIfAbsent(
                    reference,
                    ref -> new LinkedReport(
                            ref,
                            ReportStatus.valueOf((String) r[1]),
                            RiskLevel.valueOf((String) r[2]),
                            time(r[3]),
                            new ArrayList<>()));
            IdentifierType type = IdentifierType.valueOf((String) r[4]);
            if (!linked.sharedIdentifierTypes().contains(type)) {
                linked.sharedIdentifierTypes().add(type);
            }
        }
        return byReference.values().stream()
                .map(l -> new LinkedReport(
                        l.reference(),
                        l.status(),
                        l.riskLevel(),
                        l.submittedAt(),
                        List.copyOf(l.sharedIdentifierTypes())))
                .toList();
    }

    /** How many other reports each report is linked to. */
    Map<Long, Long> counts(Collection<Long> reportIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (reportIds.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery("""
                select ri1.report_id, count(distinct ri2.report_id)
                from report_identifier ri1
                join report_identifier ri2 on ri2.value_hash = ri1.value_hash and ri2.report_id <> ri1.report_id
                where ri1.report_id in (?1)
                group by ri1.report_id""").setParameter(1, reportIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Like {@link #counts}, counting only linked reports in these areas and states with policeIntel consent. */
    Map<Long, Long> visibleCounts(Collection<Long> reportIds, Collection<String> areas, Set<ReportStatus> states) {
        Map<Long, Long> counts = new HashMap<>();
        if (reportIds.isEmpty() || areas.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery("""
                select ri1.report_id, count(distinct ri2.report_id)
                from report_identifier ri1
                join report_identifier ri2 on ri2.value_hash = ri1.value_hash and ri2.report_id <> ri1.report_id
                join report r2 on r2.id = ri2.report_id
                where ri1.report_id in (?1) and r2.consent_police_intel and r2.intel_sealed is not null
                  and r2.area in (?2) and r2.status in (?3)
                group by ri1.report_id""")
                .setParameter(1, reportIds)
                .setParameter(2, areas)
                .setParameter(3, states.stream().map(Enum::name).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
