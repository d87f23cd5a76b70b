package org.uglymugs.keys;

import org.uglymugs.common.error.ProblemException;

/** An HMAC re-hash run is already going on somewhere in the cluster. */
class RehashRunning extends ProblemException {

    RehashRunning() {
        super(
                409,
                "rehash-running",
                "A re-hash is already running",
                "Watch hmac in GET /api/v1/admin/keys: the counts fall as it goes and its last run shows when it ends.");
    }
}
