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

/**
 * Admins rotate the keys: see what each AES key id still seals and each HMAC key still hashes, re-seal
 * everything under the active AES key, and re-hash what can be re-hashed under the active HMAC key.
 */
@Path("/api/v1/admin/keys")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final KeyRotation rotation;
    private final HmacRotation hmac;
    private final CurrentStaff current;

    public KeysResource(KeyRotation rotation, HmacRotation hmac, CurrentStaff current) {
        this.rotation = rotation;
        this.hmac = hmac;
        this.current = current;
    }

    @GET
    @Operation(
            summary = "Per AES key id, how many stored values are sealed under it, and the last re-seal run;"
                    + " in hmac, the same per HMAC key id (a fingerprint) and the last re-hash run")
    @APIResponse(
            responseCode = "200",
            description = "Key ids and counts (a key id at 0 that is not active can be removed)")
    public KeysView view() {
        return rotation.usage().with(hmac.usage());
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

    @POST
    @Path("/rehash")
    @ResponseStatus(202)
    @Operation(
            summary = "Start re-hashing every keyed hash that can be recomputed (identifiers) under the active"
                    + " HMAC key, in the background; receipts move when their reporter next uses them")
    @APIResponse(responseCode = "202", description = "Started; watch hmac in GET /api/v1/admin/keys")
    @APIResponse(responseCode = "409", description = "A re-hash is already running in the cluster")
    public Map<String, Boolean> rehash() {
        if (!hmac.start(current.username())) {
            throw new RehashRunning();
        }
        return Map.of("started", true);
    }
}
