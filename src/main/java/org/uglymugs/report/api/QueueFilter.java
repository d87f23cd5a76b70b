package org.uglymugs.report.api;

import org.uglymugs.report.domain.Category;
import org.uglymugs.report.domain.ReportStatus;

/** Filters on the moderators' queue; a null status means "awaiting a decision". */
public record QueueFilter(String area, Category category, ReportStatus status) {}
