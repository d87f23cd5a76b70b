package org.uglymugs.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.uglymugs.common.error.InputText;
import org.uglymugs.common.error.ProblemException;

/**
 * Path and query parameters of every API call and page pass {@link InputText} before the resource
 * runs: before any rate limit, database look-up or log line, a refused character is a 400 naming
 * the parameter. JSON bodies are checked as they are read (StrictJson), page forms by FormValues.
 */
public class ParamGuard {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> params) {
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            boolean bad = InputText.forbidden(param.getKey());
            for (String value : param.getValue()) {
                bad |= InputText.forbidden(value);
            }
            if (bad) {
                String name = InputText.forbidden(param.getKey()) ? "query" : param.getKey();
                throw ProblemException.invalid(List.of(InputText.error(name)));
            }
        }
    }
}
