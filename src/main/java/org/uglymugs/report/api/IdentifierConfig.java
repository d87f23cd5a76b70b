package org.uglymugs.report.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "uglymugs.identifiers")
public interface IdentifierConfig {

    /** ISO 3166 region for phone numbers written without a country code, e.g. GB, IE, NL. */
    @WithDefault("GB")
    String defaultRegion();
}
