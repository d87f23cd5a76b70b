package org.uglymugs.common;

import io.quarkus.runtime.configuration.ConfigUtils;
import java.util.List;

/**
 * Whether this is a production run: any profile but {@code dev} and {@code test}. Checked by
 * profile rather than launch mode, because {@code deploy/dev.sh} runs the packaged app with the dev
 * profile (this Maven mirror lacks the Dev UI artifacts that {@code quarkus:dev} needs).
 */
public final class Deployment {

    private Deployment() {}

    public static boolean production() {
        List<String> profiles = ConfigUtils.getProfiles();
        return !profiles.contains("dev") && !profiles.contains("test");
    }
}
