package org.uglymugs.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one report can hold: every view decrypts all of it, so a receipt holder (or a script
 * with one) cannot make a report, the reporter's page or the moderators' page grow without bound.
 */
@ConfigMapping(prefix = "uglymugs.reports")
public interface ReportCaps {

    /** Further incidents per report. */
    @WithDefault("200")
    int maxIncidents();

    /** Messages per report, the reporter's and the moderators' together. */
    @WithDefault("500")
    int maxMessages();
}
