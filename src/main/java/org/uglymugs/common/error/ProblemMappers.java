package org.uglymugs.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.uglymugs.common.web.ErrorPages;

/**
 * Maps every failure to {@code application/problem+json} (RFC 9457), or on the HTML routes to the
 * error page ({@link ErrorPages}). Messages are written here, never copied from the exception, so
 * submitted text is never echoed back.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Problem MALFORMED =
            Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.");
    private static final Problem CONCURRENT = Problem.of(
            409,
            "concurrent-change",
            "Changed meanwhile",
            "Someone changed this at the same time. Nothing was saved; please try again.");

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    /** SQLSTATE of a unique violation: two writes met (a race), not a server failure. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** What RESTEasy Reactive's request stream says past the body limit (a chunked body has no length). */
    private static final String BODY_TOO_LARGE = "Request too large";

    private static final Problem TOO_LARGE =
            Problem.of(413, "too-large", "Payload Too Large", "The request body is too large.");

    /** For a client that closed its connection while its body was read: nobody reads it. */
    private static final Problem CUT_SHORT = Problem.of(400, "bad-request", "Bad Request", null);

    private static final Problem CONFLICT = Problem.of(
            409,
            "conflict",
            "Conflict",
            "This clashed with something stored at the same time. Nothing was saved; please try again.");

    @Inject
    ErrorPages pages;

    @Inject
    CurrentVertxRequest current;

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response response = answer(e.problem(), null, uri, headers);
        if (e instanceof TooManyRequests tooMany) {
            return Response.fromResponse(response)
                    .header("Retry-After", tooMany.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
        return constraintViolations(e, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
        if (returnValue) {
            return unexpected(e, uri, headers);
        }
        return answer(Problem.invalid(FieldErrors.of(e.getConstraintViolations())), null, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return answer(unreadable(e), null, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return answer(
                Problem.invalid(List.of(new FieldError(jsonPath(e), codeOf(e), describe(e)))), null, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        if (isMalformed(e)) {
            return answer(unreadable(e), null, uri, headers);
        }
        FieldError error = new FieldError(jsonPath(e), ErrorCode.INVALID, "has an invalid value");
        return answer(Problem.invalid(List.of(error)), null, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return answer(unreadable(e), null, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response concurrent(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return answer(CONCURRENT, null, uri, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return answer(CONCURRENT, null, uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        if (isMalformed(e)) {
            // quarkus-rest-jackson turns a JSON syntax error into a plain 400 WebApplicationException.
            return answer(unreadable(e), null, uri, headers);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return answer(Problem.of(status, slug, title, null), null, uri, headers);
    }

    /** Whether this request's connection is closed already. */
    private boolean clientGone() {
        RoutingContext request = current.getCurrent();
        return request != null && request.response().closed();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (Conflicts.isConflict(e)) {
            return answer(CONCURRENT, null, uri, headers);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return answer(CONFLICT, null, uri, headers);
            }
            if (cause instanceof IOException io && BODY_TOO_LARGE.equals(io.getMessage())) {
                // A chunked body past quarkus.http.limits.max-body-size, found while the resource reads it.
                return answer(TOO_LARGE, null, uri, headers);
            }
            if (cause instanceof IOException && clientGone()) {
                // The client closed the connection while its body was read: nobody gets an answer, and
                // it is no fault of the server, so no incident (a load generator stopping makes a few).
                LOG.debug("A client went away while its request was read");
                return answer(CUT_SHORT, null, uri, headers);
            }
        }
        String incident = UUID.randomUUID().toString();
        // Only the class at ERROR: messages of database and other exceptions can hold row contents.
        LOG.errorf(
                "Unexpected failure, incident %s (%s)", incident, e.getClass().getName());
        LOG.debugf(e, "Unexpected failure, incident %s", incident);
        Problem problem = Problem.of(
                500, "internal", "Internal error", "Something went wrong on our side. Incident " + incident + ".");
        return answer(problem, incident, uri, headers);
    }

    /** problem+json for the API; on the HTML routes, the error page instead. */
    private Response answer(Problem problem, String incident, UriInfo uri, HttpHeaders headers) {
        if (uri != null && ErrorPages.isPage(uri)) {
            return pages.render(problem, incident, uri, headers);
        }
        return Problems.response(problem);
    }

    /**
     * A body that is not JSON is malformed; a key given twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION,
     * see common/web/StrictJson) is a field error naming the key, when the key is a plain name.
     */
    private static Problem unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse && parse.getOriginalMessage() != null) {
                Matcher duplicate = DUPLICATE.matcher(parse.getOriginalMessage());
                if (duplicate.matches()) {
                    String field = PLAIN_NAME.matcher(duplicate.group(1)).matches() ? duplicate.group(1) : "body";
                    return Problem.invalid(
                            List.of(new FieldError(field, ErrorCode.DUPLICATE_FIELD, "is given more than once")));
                }
            }
        }
        return MALFORMED;
    }

    private static boolean isMalformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static ErrorCode codeOf(MismatchedInputException e) {
        if (e instanceof ForbiddenCharacters) {
            return ErrorCode.FORBIDDEN_CHARACTER;
        }
        return e instanceof UnrecognizedPropertyException ? ErrorCode.UNKNOWN_FIELD : ErrorCode.INVALID;
    }

    private static String describe(MismatchedInputException e) {
        if (e instanceof ForbiddenCharacters) {
            return InputText.MESSAGE;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException && target != null) {
            return "has the wrong format for " + simpleType(target);
        }
        return target == null ? "has the wrong type" : "must be " + simpleType(target);
    }

    private static String simpleType(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName().replace("Local", "").toLowerCase();
        }
        return "an object";
    }
}
