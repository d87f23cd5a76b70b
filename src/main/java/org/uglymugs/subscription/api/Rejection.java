package org.uglymugs.subscription.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a moderator turned a subscriber down (audited; the subscription is deleted). */
public record Rejection(@NotBlank @Size(max = 500) String reason) {}
