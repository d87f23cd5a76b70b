package org.uglymugs.report;

/**
 * The page form's one-time token was used: its report was stored, in the same transaction (a form
 * sent again with Back or Reload). Thrown before anything is written.
 */
public final class FormAlreadySent extends RuntimeException {

    FormAlreadySent() {
        super("form already sent", null, false, false);
    }
}
