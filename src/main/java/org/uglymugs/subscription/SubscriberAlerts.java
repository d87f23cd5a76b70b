package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.Set;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;

/** Alerts as an ACTIVE subscriber reads them: only current ones, only in their areas. */
@ApplicationScoped
public class SubscriberAlerts {

    private final SubscriptionService subscriptions;
    private final Alerts alerts;

    public SubscriberAlerts(SubscriptionService subscriptions, Alerts alerts) {
        this.subscriptions = subscriptions;
        this.alerts = alerts;
    }

    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public Page<PublishedAlert> list(String manageToken, PageRequest page) {
        return alerts.liveIn(subscriptions.activeAreas(manageToken), page);
    }

    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public PublishedAlert get(String manageToken, long id) {
        Set<String> areas = subscriptions.activeAreas(manageToken);
        return alerts.published(id)
                .filter(a -> !a.retracted() && !Collections.disjoint(a.areas(), areas))
                .orElseThrow(() -> AlertNotFound.any());
    }
}
