package org.uglymugs.keys;

import org.uglymugs.common.error.ProblemException;

/** A re-seal run is already going on somewhere in the cluster. */
class ResealRunning extends ProblemException {

    ResealRunning() {
        super(
                409,
                "reseal-running",
                "A re-seal is already running",
                "Watch GET /api/v1/admin/keys: the counts fall as it goes and its last run shows when it ends.");
    }
}
