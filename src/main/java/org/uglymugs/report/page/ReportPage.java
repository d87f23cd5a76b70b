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
import java.util.Set;
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
import org.uglymugs.report.FormAlreadySent;
import org.uglymugs.report.FormTokens;
import org.uglymugs.report.ReportChecks;
import org.uglymugs.report.ReportService;
import org.uglymugs.report.api.Consents;
import org.uglymugs.report.api.ReceiptFormat;
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
                Set<String> open,
                List<String> langs,
                boolean phonesChecked,
                int waitMinutes,
                ErrorSummary summary,
                String formToken);

        static native TemplateInstance receipt(
                String lang,
                ReportReceipt receipt,
                Consents consents,
                FormValues form,
                FormErrors errors,
                ErrorSummary summary);

        static native TemplateInstance done(String lang, String reference, boolean confirmed);

        static native TemplateInstance sent(String lang);
    }

    private final ReportService reports;
    private final ReportChecks checks;
    private final AreaService areas;
    private final FormTokens tokens;
    private final PhoneRegions phones;

    public ReportPage(
            ReportService reports, ReportChecks checks, AreaService areas, FormTokens tokens, PhoneRegions phones) {
        this.tokens = tokens;
        this.phones = phones;
        this.reports = reports;
        this.checks = checks;
        this.areas = areas;
    }

    @GET
    public TemplateInstance form(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return form(Languages.resolve(lang, headers), FormValues.empty(), FormErrors.none(), 0, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> submit(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = FormValues.keeping(body);
        if (!values.forbidden().isEmpty()) {
            // Control or bidi characters: refused before anything is looked up, the form shown again as typed.
            return invalid(Languages.resolve(values.v("lang"), headers), values, FormErrors.of(values.forbidden()));
        }
        String switchTo = values.v("switchLang");
        if (Languages.SUPPORTED.contains(switchTo) || values.on("addIdentifier")) {
            // Another language or one more identifier row: the same form again, nothing checked, nothing lost.
            String lang = Languages.resolve(switchTo.isEmpty() ? values.v("lang") : switchTo, headers);
            return RestResponse.ok(form(lang, values, FormErrors.none(), 0, values.on("addIdentifier")));
        }
        String lang = Languages.resolve(values.v("lang"), headers);
        ReportForm form = new ReportForm(values, phones.forLanguage(lang));
        ReportSubmission submission = form.submission(lang);
        try {
            CheckedSubmission checked = checks.check(submission);
            if (form.parseErrors().any()) {
                return invalid(lang, values, form.parseErrors());
            }
            FormErrors unverified = form.unverifiedPhones();
            if (unverified.any() && !values.on("phonesChecked")) {
                values.set("phonesChecked", "true");
                return invalid(lang, values, unverified);
            }
            String token = values.text("formToken");
            ReportReceipt receipt = reports.submit(checked, token != null && token.length() <= 64 ? token : null);
            return RestResponse.ok(receipt(lang, receipt, submission.consents(), FormErrors.none()));
        } catch (FormAlreadySent e) {
            // Said only when the report is stored: the token is used in the same transaction as the insert.
            return RestResponse.ok(localised(Templates.sent(lang), lang));
        } catch (TooManyRequests e) {
            return status(429, form(lang, values, FormErrors.none(), minutes(e.retryAfterSeconds()), false))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (ProblemException e) {
            FormErrors errors = form.toFormFields(FormErrors.of(e.errors()));
            form.parseErrors().all().forEach((field, key) -> errors.all().putIfAbsent(field, key));
            FormErrors unverified = form.unverifiedPhones();
            if (unverified.any() && !values.on("phonesChecked")) {
                unverified.all().forEach((field, key) -> errors.all().putIfAbsent(field, key));
                values.set("phonesChecked", "true");
            }
            return invalid(lang, values, ReportFields.specific(errors));
        }
    }

    static int minutes(long seconds) {
        return (int) Math.max(1, (seconds + 59) / 60);
    }

    /** The "type your key to check you saved it" step: the key comes back only in this POSTed form. */
    @POST
    @Path("/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> done(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        String reference = values.v("reference").replaceAll("[^0-9A-Z-]", "");
        String receipt = values.v("receipt").replaceAll("[^0-9A-Z-]", "");
        String typed = ReceiptFormat.canonical(values.v("check"));
        if (!receipt.isEmpty() && !typed.equals(ReceiptFormat.canonical(receipt))) {
            FormErrors errors = FormErrors.none();
            errors.all().put("check", typed.isEmpty() ? "error_key_check_empty" : "error_key_check_differs");
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    receipt(lang, new ReportReceipt(reference, receipt, null), null, errors));
        }
        return RestResponse.ok(localised(Templates.done(lang, reference, !receipt.isEmpty()), lang));
    }

    private TemplateInstance receipt(String lang, ReportReceipt receipt, Consents consents, FormErrors errors) {
        FormValues empty = FormValues.empty();
        return localised(Templates.receipt(lang, receipt, consents, empty, errors, ReportFields.summary(errors)), lang);
    }

    private RestResponse<TemplateInstance> invalid(String lang, FormValues values, FormErrors errors) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, form(lang, values, errors, 0, false));
    }

    private TemplateInstance form(
            String lang, FormValues values, FormErrors errors, int waitMinutes, boolean addIdentifier) {
        String token = values.text("formToken") == null ? tokens.issue() : values.text("formToken");
        FormView view = FormView.of(values, errors, addIdentifier);
        TemplateInstance page = Templates.form(
                lang,
                values,
                errors,
                Options.ALL,
                ReportAreas.inFormOrder(areas.active(lang)),
                view.identifierRows(),
                view.open(),
                Languages.SUPPORTED,
                values.on("phonesChecked"),
                waitMinutes,
                ReportFields.summary(errors),
                token);
        return localised(page, lang);
    }
}
