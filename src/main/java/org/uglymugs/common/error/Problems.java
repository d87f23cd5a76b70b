package org.uglymugs.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses; also used by the Vert.x-level guards. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write problem", e);
        }
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(json(problem))
                .build();
    }
}
