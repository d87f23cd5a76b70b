package org.uglymugs.alert;

import org.uglymugs.common.error.ProblemException;

public class AlertNotFound extends ProblemException {

    private AlertNotFound() {
        super(404, "alert-not-found", "Alert not found", null);
    }

    public static AlertNotFound forId(long id) {
        return new AlertNotFound();
    }
}
