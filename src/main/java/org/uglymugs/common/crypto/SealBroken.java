package org.uglymugs.common.crypto;

/**
 * A sealed value that does not open in the cell it was read from: it was sealed for another row or
 * column (moved behind the application's back), altered, or its key is gone. Fails closed; the
 * message names the table and column only, never a row key or content.
 */
public class SealBroken extends IllegalStateException {

    SealBroken(String message) {
        super(message);
    }

    SealBroken(String message, Throwable cause) {
        super(message, cause);
    }
}
