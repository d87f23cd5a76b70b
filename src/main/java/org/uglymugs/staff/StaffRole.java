package org.uglymugs.staff;

/** Staff roles; a person may hold several. ENROLMENT is never stored: it marks a session that may only enrol 2FA. */
public enum StaffRole {
    MODERATOR,
    POLICE_LIAISON,
    ADMIN;

    public static final String ENROLMENT = "ENROLMENT";

    /** Never stored either: a session that may only change the password (after enrolment, or after a reset). */
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
}
