package org.uglymugs.report.api;

import java.time.OffsetDateTime;

/** A further incident as its reporter sees it. */
public record IncidentView(IncidentInput incident, OffsetDateTime addedAt) {}
