package org.uglymugs.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.time.DbTimes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;

/**
 * The audit log's search: entries by actor, action, target (a report's reference is looked up under
 * its pseudonym, as target or in the details) and time, newest first, a page at a time. Reads only;
 * {@link AuditLog#search} audits the reading.
 */
@ApplicationScoped
class AuditEntries {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;
    private final ReportPseudonyms pseudonyms;

    AuditEntries(EntityManager em, ObjectMapper json, ReportPseudonyms pseudonyms) {
        this.em = em;
        this.json = json;
        this.pseudonyms = pseudonyms;
    }

    Page<AuditEntryView> find(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            params.add(filter.actor());
            where.append(" and actor = ?").append(params.size());
        }
        if (filter.action() != null) {
            params.add(filter.action().name());
            where.append(" and action = ?").append(params.size());
        }
        if (filter.target() != null) {
            String target = filter.target();
            if (AuditLog.REFERENCE.matcher(target.toUpperCase(Locale.ROOT)).matches()) {
                // A live report's entries under its pseudonym, as target or in the details (its alerts').
                String pseudonym =
                        pseudonyms.of(target.toUpperCase(Locale.ROOT)).orElse(ReportPseudonyms.PREFIX + "forgotten");
                params.add(pseudonym);
                where.append(" and (target = ?").append(params.size());
                params.add("%\"" + pseudonym + "\"%");
                where.append(" or details like ?").append(params.size()).append(")");
            } else {
                params.add(target);
                where.append(" and target = ?").append(params.size());
            }
        }
        if (filter.from() != null) {
            params.add(filter.from());
            where.append(" and at >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            where.append(" and at < ?").append(params.size());
        }
        Query count = em.createNativeQuery("select count(*) from audit_entry" + where);
        Query rows = em.createNativeQuery("select id, at, actor, action, target, details, hash from audit_entry" + where
                + " order by id desc limit " + page.size() + " offset " + page.offset());
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<AuditEntryView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new AuditEntryView(
                    ((Number) r[0]).longValue(),
                    DbTimes.utc(r[1]),
                    (String) r[2],
                    AuditAction.valueOf((String) r[3]),
                    (String) r[4],
                    read((String) r[5]),
                    HexFormat.of().formatHex((byte[]) r[6])));
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    private Map<String, String> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", "true");
        }
    }
}
