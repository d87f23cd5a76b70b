package org.uglymugs.common.security;

import java.util.Set;

/** Who is signed in, as resolved from a session token: what every feature may know of its actor. */
public record StaffPrincipal(long staffId, String username, Set<String> roles, Set<String> areas, long sessionId) {}
