package org.uglymugs.subscription.api;

import java.time.LocalDate;
import java.util.Set;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.report.api.Category;
import org.uglymugs.subscription.Cadence;
import org.uglymugs.subscription.SubscriberStatus;

/** A subscription as its subscriber sees it. */
public record SubscriptionView(
        String email,
        SubscriberStatus status,
        Set<String> areas,
        Set<Category> categories,
        AlertSeverity minSeverity,
        String language,
        Cadence cadence,
        boolean discreet,
        String note,
        LocalDate since) {}
