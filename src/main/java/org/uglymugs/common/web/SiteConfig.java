package org.uglymugs.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a deployment sets for the public pages' safety features (README, "Staying safe"). */
@ConfigMapping(prefix = "uglymugs.pages")
public interface SiteConfig {

    /** Where the "Leave this site" link on every public page goes: a neutral, everyday site. */
    @WithDefault("https://www.bbc.co.uk/weather")
    String quickExit();

    /** When true, public pages' titles (tab, history, bookmarks) are a neutral word, not the scheme's name. */
    @WithDefault("false")
    boolean neutralTitles();

    /** The emergency number and support lines: {@code classpath:…} or a file path (see help/uk.properties). */
    @WithDefault("classpath:help/uk.properties")
    String helpLines();

    /**
     * On the report pages, the region a phone number without a country code is read in first, by
     * page language: {@code lang:REGION} pairs; other languages use {@code uglymugs.identifiers.default-region}.
     */
    @WithDefault("nl:NL")
    String phoneRegions();
}
