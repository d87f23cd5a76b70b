package org.uglymugs.common.error;

/**
 * One invalid field: its JSON path (e.g. {@code identifiers[0].value}), a stable code (one of
 * {@link ErrorCode}: {@code required}, {@code too_long}, {@code invalid}, …) and what is wrong,
 * never the value.
 */
public record FieldError(String field, String code, String message) {

    public FieldError(String field, ErrorCode code, String message) {
        this(field, code.code(), message);
    }
}
