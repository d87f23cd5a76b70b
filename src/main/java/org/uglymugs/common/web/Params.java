package org.uglymugs.common.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;

/** Query parameters parsed by hand, so a bad value is a clear 400 naming it rather than a bare 404. */
public final class Params {

    private Params() {}

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    name,
                    ErrorCode.INVALID,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    public static OffsetDateTime time(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, ErrorCode.INVALID, "must be an ISO-8601 date-time with offset");
        }
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, ErrorCode.INVALID, "must be an ISO-8601 date (yyyy-mm-dd)");
        }
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
