package org.uglymugs.staff;

import java.util.Set;

/** Who is signed in, as resolved from a session token. */
public record StaffPrincipal(
        long staffId, String username, Set<String> roles, Set<String> areas, long sessionId, StaffSession.Kind kind) {}
