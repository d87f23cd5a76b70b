package org.uglymugs.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding a character {@link InputText} refuses. Jackson adds the field's path on its
 * way out; the value itself is never kept, so nothing can echo it.
 */
public final class ForbiddenCharacters extends MismatchedInputException {

    public ForbiddenCharacters(JsonParser parser) {
        super(parser, "forbidden character", String.class);
    }
}
