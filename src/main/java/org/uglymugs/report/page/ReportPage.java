package org.uglymugs.report.page;

import static org.uglymugs.common.web.form.Pages.localised;
import static org.uglymugs.common.web.form.Pages.status;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.CheckedSubmission;
import org.uglymugs.report.FormTokens;
import org.uglymugs.report.ReportChecks;
import org.uglymugs.report.ReportService;
import org.uglymugs.report.api.ReportReceipt;
import org.uglymugs.report.api.ReportSubmission;

/** The report form: plain HTML, no JavaScript; errors shown next to their fields, input kept. */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                String lang,
                FormValues form,
                FormErrors errors,
                Options options,
                List<AreaView> areas,
                List<Integer> identifierRows,
                int waitMinutes,
                ErrorSummary summary,
                String formToken);

        static native TemplateInstance receipt(String lang, ReportReceipt receipt);

        static native TemplateInstance done(String lang, String reference, boolean confirmed);

        static native TemplateInstance sent(String lang);
    }

    private static final List<Integer> ROWS =
            IntStream.range(0, ReportForm.IDENTIFIER_ROWS).boxed().toList();

    private final ReportService reports;
    private final ReportChecks checks;
    private final AreaService areas;
    private final FormTokens tokens;

    public ReportPage(ReportService reports, ReportChecks checks, AreaService areas, FormTokens tokens) {
        this.tokens = tokens;
        this.reports = reports;
        this.checks = checks;
        this.areas = areas;
    }

    @GET
    public TemplateInstance form(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return form(Languages.resolve(lang, headers), FormValues.empty(), FormErrors.none(), 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> submit(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        ReportForm form = new ReportForm(values);
        ReportSubmission submission = form.submission(lang);
        try {
            CheckedSubmission checked = checks.check(submission);
            if (form.parseErrors().any()) {
                return invalid(lang, values, form.parseErrors());
            }
            String token = values.text("formToken");
            if (token != null && token.length() <= 64 && !tokens.claim(token)) {
                return RestResponse.ok(localised(Templates.sent(lang), lang));
            }
            ReportReceipt receipt = reports.submit(checked);
            return RestResponse.ok(localised(Templates.receipt(lang, receipt), lang));
        } catch (TooManyRequests e) {
            return status(429, form(lang, values, FormErrors.none(), minutes(e.retryAfterSeconds())))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (ProblemException e) {
            FormErrors errors = form.toFormFields(FormErrors.of(e.errors()));
            form.parseErrors().all().forEach((field, key) -> errors.all().putIfAbsent(field, key));
            return invalid(lang, values, errors);
        }
    }

    static int minutes(long seconds) {
        return (int) Math.max(1, (seconds + 59) / 60);
    }

    @POST
    @Path("/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance done(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        String reference = values.v("reference").replaceAll("[^0-9A-Z-]", "");
        return localised(Templates.done(lang, reference, values.on("saved")), lang);
    }

    private RestResponse<TemplateInstance> invalid(String lang, FormValues values, FormErrors errors) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, form(lang, values, errors, 0));
    }

    private TemplateInstance form(String lang, FormValues values, FormErrors errors, int waitMinutes) {
        String token = values.text("formToken") == null ? tokens.issue() : values.text("formToken");
        TemplateInstance page = Templates.form(
                lang,
                values,
                errors,
                Options.ALL,
                areas.active(),
                ROWS,
                waitMinutes,
                ReportFields.summary(errors),
                token);
        return localised(page, lang);
    }
}
