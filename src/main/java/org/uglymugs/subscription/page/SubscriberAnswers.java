package org.uglymugs.subscription.page;

import io.quarkus.qute.TemplateInstance;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.web.form.Pages;
import org.uglymugs.subscription.SubscriberNotFound;

/** How the subscriber pages answer: in the page's language, a refusal as their own 429 or 404 page. */
final class SubscriberAnswers {

    private SubscriberAnswers() {}

    /** The page the work makes; too many tries is the 429 page, an unknown token or alert the one 404. */
    static RestResponse<TemplateInstance> guarded(String lang, Supplier<RestResponse<TemplateInstance>> work) {
        try {
            return work.get();
        } catch (TooManyRequests e) {
            return Pages.status(429, Pages.localised(SubscriptionPages.Templates.problem(lang, true), lang))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (SubscriberNotFound | AlertNotFound e) {
            return status(404, SubscriptionPages.Templates.problem(lang, false), lang);
        } catch (ProblemException e) {
            return status(404, SubscriptionPages.Templates.problem(lang, false), lang);
        }
    }

    static RestResponse<TemplateInstance> status(int status, TemplateInstance page, String lang) {
        return Pages.status(status, Pages.localised(page, lang)).build();
    }
}
