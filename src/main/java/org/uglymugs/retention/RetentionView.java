package org.uglymugs.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The retention settings and the last run's counts, as admins see them. */
public record RetentionView(List<Setting> settings, LastRun lastRun) {

    /** One kind of data: how long it is kept (ISO-8601 duration) after which moment. */
    public record Setting(String kind, String keep, long keepDays, String countedFrom) {}

    /** The last run: when, and how many rows of each kind it deleted; null before the first run. */
    public record LastRun(OffsetDateTime startedAt, OffsetDateTime finishedAt, Map<String, Integer> deleted) {}
}
