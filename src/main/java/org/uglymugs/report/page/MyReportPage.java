package org.uglymugs.report.page;

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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.common.web.form.Pages;
import org.uglymugs.report.MyReportService;
import org.uglymugs.report.ReportNotFound;
import org.uglymugs.report.api.ConsentChange;
import org.uglymugs.report.api.Consents;
import org.uglymugs.report.api.IncidentInput;
import org.uglymugs.report.api.MessageInput;
import org.uglymugs.report.api.MyReportView;
import org.uglymugs.report.api.ReceiptFormat;

/**
 * A reporter's way back to their report. The receipt travels only in POSTed forms (a hidden field
 * once entered), never in a URL; answers are never cached.
 */
@Path("/my-report")
@Produces(MediaType.TEXT_HTML)
public class MyReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enter(String lang, ErrorSummary summary, String notice);

        static native TemplateInstance view(
                String lang,
                String receipt,
                MyReportView report,
                FormValues form,
                FormErrors errors,
                String notice,
                Consents consents,
                ErrorSummary summary);

        static native TemplateInstance erased(String lang);
    }

    private final MyReportService reports;

    public MyReportPage(MyReportService reports) {
        this.reports = reports;
    }

    @GET
    public TemplateInstance enter(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(Templates.enter(language, ErrorSummary.none(), null), language);
    }

    /**
     * A reloaded tab or a typed address lands on a form's action with a GET: the key page, and why
     * the key is asked again (never a 405).
     */
    @GET
    @Path("/{action:incidents|messages|consents|erase|take-down}")
    public TemplateInstance again(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(Templates.enter(language, ErrorSummary.none(), "my_enter_again"), language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> open(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        Call call = new Call(body, headers);
        if (call.receipt.isBlank() || ReceiptFormat.looksLikeReference(call.receipt)) {
            String key = call.receipt.isBlank() ? "error_enter_key" : "my_reference_not_key";
            return Pages.status(400, call.localised(Templates.enter(call.lang, ErrorSummary.one("receipt", key), null)))
                    .build();
        }
        return call.run(() -> reports.view(call.receipt), null);
    }

    @POST
    @Path("/incidents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> addIncident(
            MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        Call call = new Call(body, headers);
        IncidentInput incident = MyReportForms.incident(call.form, call.parseErrors);
        return call.run(() -> reports.addIncident(call.receipt, incident), "notice_incident_added", "incident.");
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> reply(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        Call call = new Call(body, headers);
        MessageInput message = new MessageInput(call.form.text("message.body"));
        return call.run(() -> reports.reply(call.receipt, message), "notice_message_sent", "message.");
    }

    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> changeConsents(
            MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        Call call = new Call(body, headers);
        ConsentChange change =
                new ConsentChange(ReportForm.consents(call.form, "consents."), ReportForm.contact(call.form));
        return call.run(() -> reports.changeConsents(call.receipt, change), "notice_consents_saved");
    }

    /** "This could identify me — take it down": withdraws alertOthers at once, keeps every other choice. */
    @POST
    @Path("/take-down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> takeDown(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        Call call = new Call(body, headers);
        Consents kept = ReportForm.consents(call.form, "consents.");
        Consents withdrawn = new Consents(
                false, kept.policeIntel(), kept.policeContactMe(), kept.supportContactMe(), kept.research());
        return call.run(
                () -> reports.changeConsents(call.receipt, new ConsentChange(withdrawn, null)), "notice_taken_down");
    }

    @POST
    @Path("/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> erase(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        Call call = new Call(body, headers);
        if (!call.form.on("confirmErase") || call.parseErrors.any()) {
            if (!call.form.on("confirmErase")) {
                call.parseErrors.add("confirmErase", ErrorCode.CONFIRM);
            }
            return call.run(() -> reports.view(call.receipt), null);
        }
        return call.guarded(() -> {
            reports.erase(call.receipt);
            return RestResponse.ok(Pages.localised(Templates.erased(call.lang), call.lang));
        });
    }

    /** One page request: its language, receipt and form, and the common handling of misses and limits. */
    private final class Call {
        final FormValues form;
        final String lang;
        final String receipt;
        final FormErrors parseErrors = FormErrors.none();

        Call(MultivaluedMap<String, String> body, HttpHeaders headers) {
            this.form = FormValues.keeping(body);
            this.lang = Languages.resolve(form.v("lang"), headers);
            this.receipt = form.v("receipt");
            // Control or bidi characters are refused before the action runs; the page shows where.
            form.forbidden().forEach(parseErrors::add);
        }

        RestResponse<TemplateInstance> run(Supplier<MyReportView> action, String notice) {
            return run(action, notice, "");
        }

        /** Runs the action and shows the report; field errors come back prefixed with the form's section. */
        RestResponse<TemplateInstance> run(Supplier<MyReportView> action, String notice, String fieldPrefix) {
            return guarded(() -> {
                if (parseErrors.any()) {
                    return page(400, reports.view(receipt), parseErrors, null);
                }
                try {
                    return page(200, action.get(), FormErrors.none(), notice);
                } catch (ReportNotFound | TooManyRequests e) {
                    throw e;
                } catch (ProblemException e) {
                    FormErrors errors = FormErrors.none();
                    e.errors().forEach(err -> errors.add(fieldPrefix + err.field(), err));
                    return page(400, reports.view(receipt), errors, null);
                }
            });
        }

        RestResponse<TemplateInstance> guarded(Supplier<RestResponse<TemplateInstance>> work) {
            try {
                return work.get();
            } catch (TooManyRequests e) {
                return Pages.status(
                                429,
                                localised(
                                        Templates.enter(lang, ErrorSummary.one("receipt", "error_rate_limited"), null)))
                        .header("Retry-After", e.retryAfterSeconds())
                        .build();
            } catch (ReportNotFound e) {
                return Pages.status(
                                404,
                                localised(Templates.enter(lang, ErrorSummary.one("receipt", "my_not_found"), null)))
                        .build();
            }
        }

        private RestResponse<TemplateInstance> page(int status, MyReportView view, FormErrors errors, String notice) {
            FormValues shown = errors.any() ? form : FormValues.empty();
            Consents consents = errors.any() ? ReportForm.consents(form, "consents.") : view.consents();
            TemplateInstance page =
                    Templates.view(lang, receipt, view, shown, errors, notice, consents, ReportFields.summary(errors));
            return Pages.status(status, localised(page)).build();
        }

        private TemplateInstance localised(TemplateInstance page) {
            return Pages.localised(page, lang);
        }
    }
}
