package org.uglymugs.common.error;

/**
 * One invalid field: its JSON path (e.g. {@code identifiers[0].value}), a stable code
 * ({@code required}, {@code too_long}, {@code invalid}, …) and what is wrong, never the value.
 */
public record FieldError(String field, String code, String message) {

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "too_long";
    public static final String INVALID = "invalid";
}
