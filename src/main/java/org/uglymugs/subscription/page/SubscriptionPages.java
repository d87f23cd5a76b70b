package org.uglymugs.subscription.page;

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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.common.web.form.Pages;
import org.uglymugs.subscription.SubscriberNotFound;
import org.uglymugs.subscription.SubscriptionService;
import org.uglymugs.subscription.api.Confirmed;
import org.uglymugs.subscription.api.SubscriptionView;
import org.uglymugs.subscription.mail.MailItem;

/**
 * The subscriber's pages: subscribe, confirm, manage, unsubscribe (reading alerts is
 * {@link AlertReadingPages}, the check {@link CheckPages}). A token arrives
 * once, in a mailed link; from then on it travels only in hidden fields of POSTed forms, never in a
 * link these pages make, a cookie or a log. No JavaScript; English and Dutch.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscribe(String lang, SubscriptionForm form, List<String> errors);

        static native TemplateInstance sent(String lang);

        static native TemplateInstance confirm(String lang, String token);

        static native TemplateInstance confirmed(String lang, Confirmed confirmed);

        static native TemplateInstance manage(
                String lang,
                String token,
                SubscriptionView subscription,
                SubscriptionForm form,
                List<String> errors,
                boolean saved);

        static native TemplateInstance unsubscribe(String lang, String token);

        static native TemplateInstance deleted(String lang);

        static native TemplateInstance alerts(String lang, String token, Page<MailItem> alerts, List<Option> areas);

        static native TemplateInstance alert(String lang, String token, MailItem alert);

        static native TemplateInstance problem(String lang, boolean limited);
    }

    private final SubscriptionService subscriptions;
    private final AreaService areas;

    public SubscriptionPages(SubscriptionService subscriptions, AreaService areas) {
        this.subscriptions = subscriptions;
        this.areas = areas;
    }

    @GET
    @Path("/subscribe")
    public TemplateInstance subscribeForm(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(
                Templates.subscribe(language, SubscriptionForm.blank(areas.active(language), language), List.of()),
                language);
    }

    @POST
    @Path("/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> subscribe(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        SubscriptionForm form = SubscriptionForm.of(areas.active(lang), lang, values);
        return guarded(lang, () -> {
            try {
                subscriptions.subscribe(form.request());
                return ok(Templates.sent(lang), lang);
            } catch (SubscriberNotFound | TooManyRequests e) {
                throw e; // answered by guarded
            } catch (ProblemException e) {
                return status(400, Templates.subscribe(lang, form, fields(e)), lang);
            }
        });
    }

    @GET
    @Path("/subscribe/confirm")
    public TemplateInstance confirmForm(
            @QueryParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(Templates.confirm(language, token == null ? "" : token), language);
    }

    @POST
    @Path("/subscribe/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> confirm(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> ok(Templates.confirmed(lang, subscriptions.confirm(values.v("token"))), lang));
    }

    @GET
    @Path("/subscription")
    public RestResponse<TemplateInstance> manageLink(
            @QueryParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return guarded(language, () -> manage(language, token, null, List.of(), false));
    }

    @POST
    @Path("/subscription")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> manage(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> manage(lang, values.v("token"), null, List.of(), false));
    }

    @POST
    @Path("/subscription/save")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> save(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        String token = values.v("token");
        SubscriptionForm form = SubscriptionForm.of(areas.active(lang), lang, values);
        return guarded(lang, () -> {
            try {
                subscriptions.change(token, form.preferences());
                return manage(lang, token, null, List.of(), true);
            } catch (SubscriberNotFound | TooManyRequests e) {
                throw e; // answered by guarded
            } catch (ProblemException e) {
                return manage(lang, token, form, fields(e), false);
            }
        });
    }

    @POST
    @Path("/subscription/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> delete(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> {
            subscriptions.delete(values.v("token"));
            return ok(Templates.deleted(lang), lang);
        });
    }

    @GET
    @Path("/unsubscribe")
    public TemplateInstance unsubscribeForm(
            @QueryParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(Templates.unsubscribe(language, token == null ? "" : token), language);
    }

    @POST
    @Path("/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> unsubscribe(
            MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> {
            subscriptions.unsubscribe(values.v("token"));
            return ok(Templates.deleted(lang), lang);
        });
    }

    private RestResponse<TemplateInstance> manage(
            String lang, String token, SubscriptionForm shown, List<String> errors, boolean saved) {
        SubscriptionView view = subscriptions.view(token);
        SubscriptionForm form = shown == null ? SubscriptionForm.of(areas.active(lang), lang, view) : shown;
        return status(errors.isEmpty() ? 200 : 400, Templates.manage(lang, token, view, form, errors, saved), lang);
    }

    private static List<String> fields(ProblemException e) {
        return e.errors().stream().map(FieldError::field).distinct().toList();
    }

    private static RestResponse<TemplateInstance> guarded(String lang, Supplier<RestResponse<TemplateInstance>> work) {
        return SubscriberAnswers.guarded(lang, work);
    }

    private static RestResponse<TemplateInstance> ok(TemplateInstance page, String lang) {
        return SubscriberAnswers.status(200, page, lang);
    }

    private static RestResponse<TemplateInstance> status(int status, TemplateInstance page, String lang) {
        return SubscriberAnswers.status(status, page, lang);
    }
}
