package org.uglymugs.common.web;

import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;

/** Which page of a list: page from 0, size from 1 to {@link #MAX_SIZE}; bad values are a 400. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    /** From query parameters as sent: absent means the first page of {@link #DEFAULT_SIZE}. */
    public static PageRequest of(String page, String size) {
        int p = number(page, "page", 0);
        int s = number(size, "size", DEFAULT_SIZE);
        if (p < 0 || p > MAX_PAGE) {
            throw ProblemException.invalid("page", ErrorCode.INVALID, "must be between 0 and " + MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", ErrorCode.INVALID, "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, ErrorCode.INVALID, "must be a whole number");
        }
    }

    public int offset() {
        return page * size;
    }
}
