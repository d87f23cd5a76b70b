package org.uglymugs.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.common.security.CurrentStaff;

/** Admins rotate the AES key: see what each key id still seals, and re-seal everything under the active one. */
@Path("/api/v1/admin/keys")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final KeyRotation rotation;
    private final CurrentStaff current;

    public KeysResource(KeyRotation rotation, CurrentStaff current) {
        this.rotation = rotation;
        this.current = current;
    }

    @GET
    @Operation(summary = "Per AES key id, how many stored values are sealed under it, and the last re-seal run")
    @APIResponse(
            responseCode = "200",
            description = "Key ids and counts (a key id at 0 that is not active can be removed)")
    public KeysView view() {
        return rotation.usage();
    }

    @POST
    @Path("/reseal")
    @ResponseStatus(202)
    @Operation(summary = "Start re-sealing every stored value under the active AES key, in the background")
    @APIResponse(responseCode = "202", description = "Started; watch GET /api/v1/admin/keys")
    @APIResponse(responseCode = "409", description = "A re-seal is already running in the cluster")
    public Map<String, Boolean> reseal() {
        if (!rotation.start(current.username())) {
            throw new ResealRunning();
        }
        return Map.of("started", true);
    }
}
