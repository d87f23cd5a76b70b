package org.uglymugs.report.api;

/** Filters on the moderators' queue; a null status means "awaiting a decision". */
public record QueueFilter(String area, Category category, ReportStatus status) {}
