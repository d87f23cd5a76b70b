package org.uglymugs.report.api;

/** A perpetrator identifier as police see it: normalised, without any internal id. */
public record IntelIdentifier(IdentifierType type, String value, String platform) {}
