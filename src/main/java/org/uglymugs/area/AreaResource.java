package org.uglymugs.area;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.area.api.AreaView;

@Path("/api/v1/areas")
@Tag(name = "Areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    private final AreaService areas;

    public AreaResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @Operation(summary = "The areas a report can be about, in display order")
    public List<AreaView> list() {
        return areas.active();
    }
}
