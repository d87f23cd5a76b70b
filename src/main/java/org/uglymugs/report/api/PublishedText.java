package org.uglymugs.report.api;

import java.util.List;

/** An alert as it is published about a report, for its reporter to check that nothing identifies her. */
public record PublishedText(String title, String summary, String perpetratorDescription, List<String> identifiers) {}
