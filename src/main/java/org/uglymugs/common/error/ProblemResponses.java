package org.uglymugs.common.error;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares once, for the whole API document, what every resource would otherwise repeat: each
 * error answer is {@code application/problem+json} with the {@link Problem} schema, and every
 * operation lists the problems any request can meet (bad input, an unknown id, a body too large,
 * an unexpected error). Resources name only their own error answers, by code and description.
 * Registered with {@code mp.openapi.filter}; the schema itself is declared on {@link org.uglymugs.common.web.ApiApplication}.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        boolean body = operation.getRequestBody() != null;
        boolean query = hasParameter(operation, Parameter.In.QUERY);
        if (body || query) {
            addIfMissing(responses, "400", "Invalid input; nothing was changed");
        }
        if (hasParameter(operation, Parameter.In.PATH)) {
            addIfMissing(responses, "404", "Not found");
        }
        if (body) {
            addIfMissing(responses, "413", "Body too large");
        }
        addIfMissing(responses, "500", "Unexpected error; the answer names only an incident id");
        Map<String, APIResponse> all = responses.getAPIResponses();
        if (all != null) {
            all.forEach((code, response) -> {
                if (isError(code) && response.getContent() == null && response.getRef() == null) {
                    response.setContent(problemContent());
                }
            });
        }
        return operation;
    }

    private static boolean hasParameter(Operation operation, Parameter.In where) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == where);
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMA_REF)));
    }
}
