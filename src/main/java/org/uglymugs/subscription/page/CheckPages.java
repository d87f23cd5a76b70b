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
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.common.web.form.Pages;
import org.uglymugs.subscription.ActiveSubscribers;
import org.uglymugs.subscription.IdentifierCheck;
import org.uglymugs.subscription.SubscriberAlerts;
import org.uglymugs.subscription.SubscriberNotFound;
import org.uglymugs.subscription.api.CheckAnswer;
import org.uglymugs.subscription.mail.MailItem;

/**
 * {@code /check}: one field, a type, one button, the answer in plain words. The token travels in
 * hidden fields as on the other subscriber pages; the checked value is never written back into the
 * page (a shared screen shows only the answer). No JavaScript.
 */
@Path("/check")
@Produces(MediaType.TEXT_HTML)
public class CheckPages {

    @CheckedTemplate(basePath = "SubscriptionPages")
    static class Templates {
        static native TemplateInstance check(
                String lang, String token, CheckForm form, List<String> errors, CheckAnswerView answer);
    }

    private final ActiveSubscribers subscribers;
    private final IdentifierCheck check;
    private final SubscriberAlerts alerts;
    private final AlertCards cards;
    private final Clock clock;

    public CheckPages(
            ActiveSubscribers subscribers,
            IdentifierCheck check,
            SubscriberAlerts alerts,
            AlertCards cards,
            Clock clock) {
        this.subscribers = subscribers;
        this.check = check;
        this.alerts = alerts;
        this.cards = cards;
        this.clock = clock;
    }

    @GET
    public RestResponse<TemplateInstance> checkLink(
            @QueryParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return guarded(language, () -> form(language, token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> checkForm(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        return guarded(lang, () -> form(lang, values.v("token")));
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answer(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        String token = values.v("token");
        CheckForm form = CheckForm.of(lang, values.v("type"), values.v("platform"));
        return guarded(lang, () -> {
            CheckAnswer answer;
            try {
                answer = check.check(token, CheckForm.request(values));
            } catch (SubscriberNotFound | TooManyRequests e) {
                throw e;
            } catch (ProblemException e) {
                List<String> fields =
                        e.errors().stream().map(FieldError::field).distinct().toList();
                return status(400, Templates.check(lang, token, form, fields, null), lang);
            }
            List<MailItem> listed = answer.alerts().stream()
                    .limit(10)
                    .map(id -> cards.card(lang, alerts.get(token, id)))
                    .toList();
            CheckAnswerView view = CheckAnswerView.of(lang, answer, listed, clock);
            return status(200, Templates.check(lang, token, form, List.of(), view), lang);
        });
    }

    private RestResponse<TemplateInstance> form(String lang, String token) {
        subscribers.require(token);
        return status(200, Templates.check(lang, token, CheckForm.blank(lang), List.of(), null), lang);
    }

    /** Each page of the check takes a token as a receipt look-up does (answers a check token too). */
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    RestResponse<TemplateInstance> limited(Supplier<RestResponse<TemplateInstance>> work) {
        return work.get();
    }

    /** The work of a page, behind its limit; a refusal is the subscriber pages' own 429 or 404 page. */
    private RestResponse<TemplateInstance> guarded(String lang, Supplier<RestResponse<TemplateInstance>> work) {
        try {
            return limited(work);
        } catch (TooManyRequests e) {
            return Pages.status(429, Pages.localised(SubscriptionPages.Templates.problem(lang, true), lang))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (SubscriberNotFound | AlertNotFound e) {
            return status(404, SubscriptionPages.Templates.problem(lang, false), lang);
        }
    }

    private static RestResponse<TemplateInstance> status(int status, TemplateInstance page, String lang) {
        return Pages.status(status, Pages.localised(page, lang)).build();
    }
}
