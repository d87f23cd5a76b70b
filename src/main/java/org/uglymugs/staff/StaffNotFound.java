package org.uglymugs.staff;

import org.uglymugs.common.error.ProblemException;

public class StaffNotFound extends ProblemException {

    private StaffNotFound() {
        super(404, "staff-not-found", "Staff account not found", null);
    }

    public static StaffNotFound forId(long id) {
        return new StaffNotFound();
    }
}
