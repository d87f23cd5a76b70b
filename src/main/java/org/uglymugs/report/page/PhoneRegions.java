package org.uglymugs.report.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.uglymugs.common.web.SiteConfig;
import org.uglymugs.report.api.IdentifierNormaliser;

/**
 * Phone numbers as people write them on the pages: one written without a country code is read in
 * the page language's region (a Dutch page reads 06 12345678 as Dutch), and one that parses but is
 * not known as allocated is flagged, so the page can warn once and then keep it.
 */
@ApplicationScoped
public class PhoneRegions {

    /** Phone numbers read in one region. */
    public record Reader(IdentifierNormaliser normaliser, String region) {

        /**
         * E.164 when the number is known in this region, or known nowhere but possible here; as written
         * when it is known in the default region (the service reads it there) or does not read at all.
         */
        String inRegion(String value) {
            if (value == null || value.strip().startsWith("+")) {
                return value;
            }
            if (!normaliser.verified(value, region) && normaliser.verified(value, normaliser.defaultRegion())) {
                return value;
            }
            return normaliser.phone(value, region).orElse(value);
        }

        /** True when the number is possible but not known as allocated, here or in the default region. */
        boolean unverified(String value) {
            return value != null
                    && normaliser.phone(value, region).isPresent()
                    && !normaliser.verified(value, region)
                    && !normaliser.verified(value, normaliser.defaultRegion());
        }
    }

    private final IdentifierNormaliser normaliser;
    private final Map<String, String> regions = new HashMap<>();

    /** {@code uglymugs.pages.phone-regions}: {@code lang:REGION} pairs, e.g. {@code nl:NL,de:DE}. */
    public PhoneRegions(IdentifierNormaliser normaliser, SiteConfig config) {
        this.normaliser = normaliser;
        for (String pair : config.phoneRegions().split(",")) {
            String[] p = pair.strip().split(":");
            if (p.length != 2) {
                throw new IllegalStateException("uglymugs.pages.phone-regions: expected lang:REGION, got " + pair);
            }
            regions.put(p[0].strip(), p[1].strip().toUpperCase(Locale.ROOT));
        }
    }

    public Reader forLanguage(String lang) {
        return new Reader(normaliser, regions.getOrDefault(lang, normaliser.defaultRegion()));
    }
}
