package org.uglymugs.staff;

import org.uglymugs.common.error.ProblemException;

/** An admin change that would lock the admins out (disabling yourself, or the last admin). */
public class StaffConflict extends ProblemException {

    private StaffConflict(String detail) {
        super(409, "staff-conflict", "Not allowed for this account", detail);
    }

    public static StaffConflict of(String detail) {
        return new StaffConflict(detail);
    }
}
