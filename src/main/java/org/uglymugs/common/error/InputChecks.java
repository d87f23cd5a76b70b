package org.uglymugs.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/** Bean validation of a request body, as one problem+json 400 listing every invalid field. */
@ApplicationScoped
public class InputChecks {

    /** The message of a missing body, here and on {@code @NotNull} resource parameters. */
    public static final String BODY_REQUIRED = "a request body is required";

    private final Validator validator;

    public InputChecks(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 naming every invalid field; a missing body is itself an error. */
    public void check(Object body) {
        List<FieldError> errors = errors(body);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The field errors of a body, to add domain checks to before failing. */
    public List<FieldError> errors(Object body) {
        if (body == null) {
            throw ProblemException.invalid("body", ErrorCode.REQUIRED, BODY_REQUIRED);
        }
        return new ArrayList<>(FieldErrors.of(validator.validate(body)));
    }
}
