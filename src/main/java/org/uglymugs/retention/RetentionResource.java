package org.uglymugs.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins read the retention settings and the last run's counts. */
@Path("/api/v1/admin/retention")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    private final RetentionSettings settings;

    public RetentionResource(RetentionSettings settings) {
        this.settings = settings;
    }

    @GET
    @Operation(summary = "Retention: how long each kind of data is kept, and the last run's counts of deleted rows")
    @APIResponse(responseCode = "200", description = "Settings and the last run (null before the first)")
    public RetentionView view() {
        return settings.view();
    }
}
