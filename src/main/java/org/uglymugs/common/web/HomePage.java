package org.uglymugs.common.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.uglymugs.common.i18n.Languages;

/** The front door leads straight to the report form. */
@Path("/")
public class HomePage {

    @GET
    @Operation(hidden = true)
    public Response home(@QueryParam("lang") String lang) {
        String query = lang != null && Languages.SUPPORTED.contains(lang) ? "?lang=" + lang : "";
        return Response.seeOther(URI.create("/report" + query)).build();
    }
}
