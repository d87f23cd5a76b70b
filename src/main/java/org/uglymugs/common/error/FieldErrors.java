package org.uglymugs.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns bean-validation violations into {@link FieldError}s with JSON-style paths. */
public final class FieldErrors {

    private FieldErrors() {}

    public static List<FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
    }

    /** {@code submit.body.identifiers[0].value} → {@code identifiers[0].value}; a whole missing body → {@code body}. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[')
                        .append(node.getIndex() == null ? "" : node.getIndex())
                        .append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : "body";
    }

    private static ErrorCode codeOf(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return ErrorCode.REQUIRED;
        }
        if (constraint instanceof Size size) {
            Object value = violation.getInvalidValue();
            int length = value instanceof Collection<?> c ? c.size() : value instanceof CharSequence s ? s.length() : 0;
            return length < size.min() ? ErrorCode.REQUIRED : ErrorCode.TOO_LONG;
        }
        return ErrorCode.INVALID;
    }
}
