package org.uglymugs.subscription.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.common.web.form.Pages;
import org.uglymugs.subscription.SubscriberAlerts;
import org.uglymugs.subscription.SubscriberNotFound;
import org.uglymugs.subscription.SubscriptionService;
import org.uglymugs.subscription.api.Confirmed;
import org.uglymugs.subscription.api.SubscriptionView;
import org.uglymugs.subscription.mail.MailItem;

/**
 * The subscriber's pages: subscribe, confirm, manage, unsubscribe, read alerts. A token arrives
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
    private final SubscriberAlerts alerts;
    private final AreaService areas;
    private final AlertCards cards;

    public SubscriptionPages(
            SubscriptionService subscriptions, SubscriberAlerts alerts, AreaService areas, AlertCards cards) {
        this.subscriptions = subscriptions;
        this.alerts = alerts;
        this.areas = areas;
        this.cards = cards;
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

    @GET
    @Path("/alerts")
    public RestResponse<TemplateInstance> alertsLink(
            @QueryParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return guarded(language, () -> alerts(language, token, "0"));
    }

    /** Where discreet mails lead: the same list, under a path that names nothing. */
    @GET
    @Path("/read")
    public RestResponse<TemplateInstance> read(
            @QueryParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return alertsLink(token, lang, headers);
    }

    @POST
    @Path("/alerts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> alertsPage(
            MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> alerts(lang, values.v("token"), values.v("page")));
    }

    @GET
    @Path("/alerts/{id}")
    public RestResponse<TemplateInstance> alertLink(
            @PathParam("id") long id,
            @QueryParam("token") String token,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return guarded(language, () -> alert(language, token, id));
    }

    @POST
    @Path("/alerts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> alertPage(
            @PathParam("id") long id, MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> alert(lang, values.v("token"), id));
    }

    private RestResponse<TemplateInstance> manage(
            String lang, String token, SubscriptionForm shown, List<String> errors, boolean saved) {
        SubscriptionView view = subscriptions.view(token);
        SubscriptionForm form = shown == null ? SubscriptionForm.of(areas.active(lang), lang, view) : shown;
        return status(errors.isEmpty() ? 200 : 400, Templates.manage(lang, token, view, form, errors, saved), lang);
    }

    private RestResponse<TemplateInstance> alerts(String lang, String token, String page) {
        Page<MailItem> list = alerts.list(token, PageRequest.of(page, "10")).map(a -> cards.card(lang, a));
        List<Option> followed = alerts.areas(token).stream()
                .sorted()
                .map(id ->
                        new Option(id, areas.find(id, lang).map(AreaView::name).orElse(id), false))
                .toList();
        return ok(Templates.alerts(lang, token, list, followed), lang);
    }

    private RestResponse<TemplateInstance> alert(String lang, String token, long id) {
        return ok(Templates.alert(lang, token, cards.card(lang, alerts.get(token, id))), lang);
    }

    private RestResponse<TemplateInstance> guarded(String lang, Supplier<RestResponse<TemplateInstance>> work) {
        try {
            return work.get();
        } catch (TooManyRequests e) {
            return Pages.status(429, Pages.localised(Templates.problem(lang, true), lang))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (SubscriberNotFound | AlertNotFound e) {
            return status(404, Templates.problem(lang, false), lang);
        } catch (ProblemException e) {
            return status(404, Templates.problem(lang, false), lang);
        }
    }

    private static List<String> fields(ProblemException e) {
        return e.errors().stream().map(FieldError::field).distinct().toList();
    }

    private static RestResponse<TemplateInstance> ok(TemplateInstance page, String lang) {
        return status(200, page, lang);
    }

    private static RestResponse<TemplateInstance> status(int status, TemplateInstance page, String lang) {
        return Pages.status(status, Pages.localised(page, lang)).build();
    }
}
