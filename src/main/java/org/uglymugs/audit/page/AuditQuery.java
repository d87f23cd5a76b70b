package org.uglymugs.audit.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.uglymugs.audit.AuditFilter;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.Params;
import org.uglymugs.common.web.form.FormErrors;

/**
 * The audit page's filters as typed. Dates are whole days in UTC: {@code from} starts at the start of
 * its day, and {@code to} includes its day (the search ends at the start of the next).
 */
public record AuditQuery(String actor, String action, String target, String from, String to) {

    static AuditQuery of(String actor, String action, String target, String from, String to) {
        return new AuditQuery(blank(actor), blank(action), blank(target), blank(from), blank(to));
    }

    static AuditQuery none() {
        return of(null, null, null, null, null);
    }

    /** The filter for the audit log; a value that does not parse is an error on its field. */
    AuditFilter filter(FormErrors errors) {
        AuditAction chosen = null;
        if (!action.isEmpty()) {
            try {
                chosen = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                errors.add("action", ErrorCode.ACTION);
            }
        }
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        return new AuditFilter(
                Params.text(actor),
                chosen,
                Params.text(target),
                startOf(start),
                end == null ? null : startOf(end.plusDays(1)));
    }

    public boolean any() {
        return !(actor + action + target + from + to).isEmpty();
    }

    /** A link to another page of the same search. */
    String href(String lang, int page, int size) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("lang", lang);
        params.put("actor", actor);
        params.put("action", action);
        params.put("target", target);
        params.put("from", from);
        params.put("to", to);
        params.put("page", Integer.toString(page));
        params.put("size", Integer.toString(size));
        return AuditPage.PATH + "?"
                + params.entrySet().stream()
                        .filter(p -> !p.getValue().isEmpty())
                        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    private static LocalDate date(String field, String value, FormErrors errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, ErrorCode.DATE);
            return null;
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
