package org.uglymugs.liaison.page;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.uglymugs.common.web.Params;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.liaison.Exports;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.IntelQuery;

/** The liaison pages' filters (checked like the API's) and downloads. */
final class LiaisonForms {

    private LiaisonForms() {}

    static IntelQuery query(FormValues filter) {
        return new IntelQuery(
                Set.of(),
                Params.text(filter.v("area")),
                Params.enumOf(Category.class, filter.v("category"), "category"),
                Params.date(filter.v("since"), "since"));
    }

    static Response download(Exports.Export export) {
        return Response.ok(export.body(), export.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"")
                .build();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String param(String name, FormValues form) {
        String value = form.v(name);
        return value.isBlank() ? "" : "&" + name + "=" + encode(value);
    }
}
