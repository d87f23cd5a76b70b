package org.uglymugs.report.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test only: a reporter route that fails with the status asked for, so every error page can be seen. */
@Path("/report/test-fault/{status}")
public class FaultyReporterRoute {

    @GET
    @Operation(hidden = true)
    public String fail(@PathParam("status") int status) {
        if (status >= 500) {
            throw new IllegalStateException("a fault planted by a test");
        }
        throw new WebApplicationException(status);
    }
}
