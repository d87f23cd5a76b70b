package org.uglymugs.common.web;

import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;

/** Which page of a list: page from 0, size from 1 to {@link #MAX_SIZE}; bad values are a 400. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalid("page", FieldError.INVALID, "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", FieldError.INVALID, "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
