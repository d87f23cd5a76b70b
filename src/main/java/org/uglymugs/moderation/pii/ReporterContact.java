package org.uglymugs.moderation.pii;

/** What the reporter told us about themselves: any part may be null. */
public record ReporterContact(String name, String phone, String email) {}
