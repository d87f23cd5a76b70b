package org.uglymugs.report.api;

import java.util.List;

/**
 * What is live about a report elsewhere (the alert feature answers), so /my-report can show the
 * reporter the words that were published. Report never depends on the feature that implements it.
 */
public interface PublishedAbout {

    /** The current text of every live (not retracted) alert issued from the report. */
    List<PublishedText> live(long reportId);
}
