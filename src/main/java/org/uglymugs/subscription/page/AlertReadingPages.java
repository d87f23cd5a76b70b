package org.uglymugs.subscription.page;

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
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.subscription.SubscriberAlerts;
import org.uglymugs.subscription.mail.MailItem;

/**
 * The subscriber reading alerts: the list of live alerts in the areas followed, one alert, and
 * {@code /read}, where discreet mails lead. The token travels as on the other subscriber pages.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AlertReadingPages {

    private final SubscriberAlerts alerts;
    private final AreaService areas;
    private final AlertCards cards;

    public AlertReadingPages(SubscriberAlerts alerts, AreaService areas, AlertCards cards) {
        this.alerts = alerts;
        this.areas = areas;
        this.cards = cards;
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

    private RestResponse<TemplateInstance> alerts(String lang, String token, String page) {
        Page<MailItem> list = alerts.list(token, PageRequest.of(page, "10")).map(a -> cards.card(lang, a));
        List<Option> followed = alerts.areas(token).stream()
                .sorted()
                .map(id ->
                        new Option(id, areas.find(id, lang).map(AreaView::name).orElse(id), false))
                .toList();
        return ok(SubscriptionPages.Templates.alerts(lang, token, list, followed), lang);
    }

    private RestResponse<TemplateInstance> alert(String lang, String token, long id) {
        return ok(SubscriptionPages.Templates.alert(lang, token, cards.card(lang, alerts.get(token, id))), lang);
    }

    private static RestResponse<TemplateInstance> guarded(String lang, Supplier<RestResponse<TemplateInstance>> work) {
        return SubscriberAnswers.guarded(lang, work);
    }

    private static RestResponse<TemplateInstance> ok(TemplateInstance page, String lang) {
        return SubscriberAnswers.status(200, page, lang);
    }
}
