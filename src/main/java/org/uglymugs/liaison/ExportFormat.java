package org.uglymugs.liaison;

import java.util.Locale;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;

/** The formats of an intelligence export. */
public enum ExportFormat {
    JSON("application/json"),
    CSV("text/csv; charset=UTF-8"),
    PDF("application/pdf");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From the {@code format} query parameter: json (the default), csv or pdf; anything else is a 400. */
    public static ExportFormat of(String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        for (ExportFormat format : values()) {
            if (format.extension().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw ProblemException.invalid("format", ErrorCode.INVALID, "must be one of json, csv, pdf");
    }
}
