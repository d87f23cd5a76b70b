package org.uglymugs.common.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The page languages, chosen by an explicit {@code lang} parameter, else the browser's preference. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "nl");
    public static final String DEFAULT = "en";

    private Languages() {}

    public static String resolve(String requested, HttpHeaders headers) {
        if (requested != null && SUPPORTED.contains(requested)) {
            return requested;
        }
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (SUPPORTED.contains(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        return DEFAULT;
    }
}
