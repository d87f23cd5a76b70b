package org.uglymugs.staff;

/** Staff roles; a person may hold several. ENROLMENT is never stored: it marks a session that may only enrol 2FA. */
public enum StaffRole {
    MODERATOR,
    POLICE_LIAISON,
    ADMIN;

    public static final String ENROLMENT = "ENROLMENT";
}
