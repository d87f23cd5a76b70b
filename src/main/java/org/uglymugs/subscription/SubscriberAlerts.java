package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;

/** Alerts as an ACTIVE subscriber reads them: only current ones, only in their areas. */
@ApplicationScoped
public class SubscriberAlerts {

    /** The most alerts one printed sheet holds. */
    static final int SHEET_MAX = 500;

    private final SubscriptionService subscriptions;
    private final ActiveSubscribers active;
    private final Alerts alerts;

    public SubscriberAlerts(SubscriptionService subscriptions, ActiveSubscribers active, Alerts alerts) {
        this.subscriptions = subscriptions;
        this.active = active;
        this.alerts = alerts;
    }

    /** One followed area's live alerts for the printed sheet, in the subscriber's language. */
    public record AreaSheet(String language, String area, List<PublishedAlert> alerts) {}

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

    /** The areas the ACTIVE subscriber holding this token follows; the one 404 for anyone else. */
    public Set<String> areas(String manageToken) {
        return active.require(manageToken).areas();
    }

    /** Every live alert of an area the subscriber follows, newest first; any other area is a 404. */
    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public AreaSheet sheet(String manageToken, String area) {
        ActiveSubscribers.Active subscriber = active.require(manageToken);
        if (area == null || area.isBlank()) {
            throw ProblemException.invalid("area", ErrorCode.REQUIRED, "an area you follow is required");
        }
        if (!subscriber.areas().contains(area.strip())) {
            throw AreaNotFollowed.any();
        }
        List<PublishedAlert> out = new ArrayList<>();
        for (int p = 0; out.size() < SHEET_MAX; p++) {
            Page<PublishedAlert> page = alerts.liveIn(Set.of(area.strip()), new PageRequest(p, PageRequest.MAX_SIZE));
            out.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return new AreaSheet(subscriber.language(), area.strip(), out.subList(0, Math.min(out.size(), SHEET_MAX)));
    }
}
