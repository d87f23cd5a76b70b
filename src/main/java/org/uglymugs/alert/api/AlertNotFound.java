package org.uglymugs.alert.api;

import org.uglymugs.common.error.ProblemException;

/** No alert has the id asked for (or its report was erased); the answer does not echo the id. */
public class AlertNotFound extends ProblemException {

    private AlertNotFound() {
        super(404, "alert-not-found", "Alert not found", null);
    }

    public static AlertNotFound any() {
        return new AlertNotFound();
    }
}
