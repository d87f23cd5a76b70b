package org.uglymugs.report.api;

import java.time.OffsetDateTime;

/** One message on a report's thread, as the reporter sees it. */
public record MessageView(MessageAuthor from, String body, OffsetDateTime sentAt) {}
