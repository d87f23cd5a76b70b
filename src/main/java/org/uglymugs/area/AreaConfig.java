package org.uglymugs.area;

import io.smallrye.config.ConfigMapping;

/** Where the areas of a fresh install come from. */
@ConfigMapping(prefix = "uglymugs.areas")
public interface AreaConfig {

    /** {@code id;name} lines, {@code classpath:…} or a file path; read on first start only. */
    String seed();
}
