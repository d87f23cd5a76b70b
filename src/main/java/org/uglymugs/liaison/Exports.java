package org.uglymugs.liaison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.liaison.ExportDocument.Row;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.IntelQuery;
import org.uglymugs.report.api.IntelRecord;

/**
 * Graded exports of one record or of a filtered list, as JSON, CSV or PDF. Each export is audited
 * with its references, the SHA-256 of its canonical JSON and, for CSV and PDF, of the file itself,
 * so any copy can be checked against the log; each exported record goes into the officer's access
 * history.
 */
@ApplicationScoped
public class Exports {

    /** At most this many records in one list export (ten pages of the largest size). */
    static final int MAX_RECORDS = 10 * PageRequest.MAX_SIZE;

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** An export ready to send. */
    public record Export(byte[] body, ExportFormat format, String filename, String jsonSha256) {}

    private final Reports reports;
    private final IntelDesk desk;
    private final AuditTrail audit;
    private final Clock clock;

    Exports(Reports reports, IntelDesk desk, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Export one(StaffPrincipal officer, String reference, ExportFormat format) {
        IntelRecord record = desk.find(officer, reference);
        return export(officer, List.of(record), format, reference, Map.of());
    }

    @Transactional
    public Export list(StaffPrincipal officer, IntelQuery query, ExportFormat format) {
        IntelQuery scoped = IntelDesk.scoped(officer, query);
        List<IntelRecord> records = new ArrayList<>();
        Page<IntelItem> page;
        int n = 0;
        do {
            page = reports.intel(scoped, new PageRequest(n++, PageRequest.MAX_SIZE));
            for (IntelItem item : page.items()) {
                reports.intel(item.reference(), officer.areas()).ifPresent(records::add);
            }
        } while (page.hasNext() && records.size() < MAX_RECORDS);
        return export(officer, records, format, null, IntelDesk.filters(query));
    }

    private Export export(
            StaffPrincipal officer,
            List<IntelRecord> records,
            ExportFormat format,
            String target,
            Map<String, String> filters) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        ExportDocument doc = new ExportDocument(
                now.toString(),
                officer.username(),
                ExportDocument.SANITISATION,
                records.stream().map(Row::of).toList());
        byte[] json = canonical(doc);
        String jsonSha256 = sha256(json);
        byte[] body = switch (format) {
            case JSON -> json;
            case CSV -> CsvExport.write(doc);
            case PDF -> PdfExport.write(doc, jsonSha256);
        };
        Map<String, String> details = new LinkedHashMap<>(filters);
        details.put("format", format.extension());
        details.put(
                "references",
                IntelDesk.references(
                        records.stream().map(IntelRecord::reference).toList()));
        details.put("jsonSha256", jsonSha256);
        if (format != ExportFormat.JSON) {
            details.put(format.extension() + "Sha256", sha256(body));
        }
        audit.record(officer.username(), AuditAction.LIAISON_INTEL_EXPORTED, target, details);
        records.forEach(r -> desk.record(officer, r.reference(), AccessKind.EXPORTED));
        String stamp = now.toString().replace(":", "").replace("-", "");
        String name = "intel-" + (target == null ? "list" : target) + "-" + stamp + "." + format.extension();
        return new Export(body, format, name, jsonSha256);
    }

    /** Keys sorted at every level, no whitespace: the same document always gives the same bytes. */
    static byte[] canonical(ExportDocument doc) {
        try {
            return CANONICAL.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export not serialisable", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
