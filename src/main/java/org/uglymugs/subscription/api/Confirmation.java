package org.uglymugs.subscription.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the confirmation email. */
public record Confirmation(@NotBlank @Size(max = 200) String token) {}
