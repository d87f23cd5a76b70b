package org.uglymugs.liaison;

import org.uglymugs.common.error.ProblemException;

/**
 * A record a liaison officer may not see: no consent, another area, the wrong state, erased, or
 * no such reference. Byte for byte the report feature's own 404 for a missing report.
 */
public class IntelNotFound extends ProblemException {

    private IntelNotFound() {
        super(404, "report-not-found", "Report not found", "No report has this reference.");
    }

    public static IntelNotFound forReference() {
        return new IntelNotFound();
    }
}
