package org.uglymugs.subscription.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.subscription.SubscriberStatus;

/** A confirmed subscription and its manage token, shown once (send it as {@code X-Manage-Token}). */
public record Confirmed(
        SubscriberStatus status,

        @Schema(description = "Secret; stored only as a keyed hash. Every mail also carries the manage link.")
        String manageToken) {}
