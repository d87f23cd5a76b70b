package org.uglymugs.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often the retention job runs and how many rows one of its transactions deletes. */
@ConfigMapping(prefix = "uglymugs.retention.job")
public interface RetentionConfig {

    /** The job's period; every instance fires it, one per period runs it (a lease). */
    @WithDefault("PT1H")
    Duration every();

    /** Rows one transaction deletes, so a large backlog never holds long locks. */
    @WithDefault("500")
    int batch();
}
