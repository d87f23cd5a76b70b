package org.uglymugs.common.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.common.error.Problem;

/**
 * The HTTP application (every resource, at the root) and its API document's head: title, licence,
 * and the {@link Problem} schema that every error answer uses (see {@code ProblemResponses}).
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Ugly Mugs platform API",
                        version = "1",
                        description = "Anonymous reports of dangerous clients, moderated alerts for sex workers.",
                        license = @License(name = "AGPL-3.0-or-later")),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiApplication extends Application {}
