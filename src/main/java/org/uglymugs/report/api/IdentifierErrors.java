package org.uglymugs.report.api;

import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;

/** How an identifier that does not normalise is reported, the same at intake and in the check. */
public final class IdentifierErrors {

    private IdentifierErrors() {}

    /** The field error for a value of this type that {@link IdentifierNormaliser} refused. */
    public static FieldError invalid(String field, IdentifierType type) {
        return switch (type) {
            case PHONE -> new FieldError(field, ErrorCode.INVALID_PHONE, "is not a valid phone number");
            case EMAIL -> new FieldError(field, ErrorCode.INVALID_EMAIL, "is not a valid email address");
            case VEHICLE_REG -> new FieldError(field, ErrorCode.INVALID_PLATE, "is not a valid registration plate");
            case URL -> new FieldError(field, ErrorCode.INVALID_URL, "is not a valid web address");
            default -> new FieldError(field, ErrorCode.INVALID, "is not valid");
        };
    }

    /** A username means nothing without the site or app it is on. */
    public static FieldError platformRequired(String field) {
        return new FieldError(field, ErrorCode.REQUIRED, "is required for a username");
    }

    /** True when this identifier needs a platform and has none. */
    public static boolean lacksPlatform(IdentifierType type, String platform) {
        return type == IdentifierType.USERNAME && (platform == null || platform.isBlank());
    }
}
