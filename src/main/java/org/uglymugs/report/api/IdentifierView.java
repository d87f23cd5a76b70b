package org.uglymugs.report.api;

/** A perpetrator identifier, opened for staff: its id (to choose it for publication) and normalised value. */
public record IdentifierView(long id, IdentifierType type, String value, String platform) {}
