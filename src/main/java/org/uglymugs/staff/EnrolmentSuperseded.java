package org.uglymugs.staff;

import org.uglymugs.common.error.ProblemException;

/** An enrolment session whose pending secret was dropped by a later enrolment login, or not enrolled yet. */
final class EnrolmentSuperseded extends ProblemException {
    private EnrolmentSuperseded(String detail) {
        super(409, "enrolment-superseded", "Enrolment not possible in this session", detail);
    }

    static EnrolmentSuperseded of() {
        return new EnrolmentSuperseded("Another login started 2FA enrolment for this account: log in again.");
    }

    static EnrolmentSuperseded enrolFirst() {
        return new EnrolmentSuperseded("Enrol 2FA first, then change the password.");
    }
}
