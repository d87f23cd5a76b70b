package org.uglymugs.alert;

import org.uglymugs.common.error.ProblemException;

/** The alert is in a state that does not allow this (e.g. updating a retracted alert). */
class AlertConflict extends ProblemException {

    private AlertConflict(String detail) {
        super(409, "alert-conflict", "Alert cannot be changed", detail);
    }

    static AlertConflict retracted() {
        return new AlertConflict("This alert has been retracted; publish a new one instead.");
    }
}
