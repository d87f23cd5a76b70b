package org.uglymugs.common.error;

import java.util.List;

/**
 * Base of the domain exceptions: each names its HTTP status and stable problem type, and is mapped
 * once, globally, to {@code application/problem+json}. Messages never carry submitted sensitive text.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    protected ProblemException(int status, String slug, String title, String detail) {
        super(title, null, false, false);
        this.problem = Problem.of(status, slug, title, detail);
    }

    /** A problem of its own type that also lists field errors. */
    protected ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(title, null, false, false);
        Problem base = Problem.of(status, slug, title, detail);
        this.problem = new Problem(base.type(), title, status, detail, List.copyOf(errors));
    }

    protected ProblemException(List<FieldError> errors) {
        super("Invalid request", null, false, false);
        this.problem = Problem.invalid(errors);
    }

    public Problem problem() {
        return problem;
    }

    /** The field errors of a validation problem; empty for any other problem. */
    public List<FieldError> errors() {
        return problem.errors() == null ? List.of() : problem.errors();
    }

    /** Bad input found by a service after bean validation (e.g. a phone number that does not exist). */
    public static ProblemException invalid(String field, ErrorCode code, String message) {
        return new ProblemException(List.of(new FieldError(field, code, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(errors);
    }
}
