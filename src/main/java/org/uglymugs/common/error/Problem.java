package org.uglymugs.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:uglymugs:problem:";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(
                TYPE_PREFIX + "validation",
                "Invalid request",
                400,
                "One or more fields are invalid.",
                List.copyOf(errors));
    }
}
