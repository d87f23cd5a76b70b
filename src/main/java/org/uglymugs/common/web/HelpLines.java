package org.uglymugs.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A deployment's emergency number and support lines, from a properties file: {@code emergency},
 * {@code lines} (ids in order), and per id {@code name}, {@code phone}, {@code hours}, {@code what};
 * any key may have a per-language form ({@code what.nl}) that wins over the plain one.
 */
public final class HelpLines {

    /** One support line as shown on the help page. */
    public record Line(String name, String phone, String hours, String what) {

        /** The number as a {@code tel:} link target: digits and a leading +. */
        public String dial() {
            return phone.replaceAll("[^0-9+]", "");
        }
    }

    private static final String CLASSPATH = "classpath:";

    private final Properties text;

    HelpLines(Properties text) {
        this.text = text;
        if (get("emergency", "en") == null) {
            throw new IllegalStateException("uglymugs.pages.help-lines: no emergency number");
        }
    }

    static HelpLines load(String location) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(read(location)));
        } catch (IOException e) {
            throw new UncheckedIOException("uglymugs.pages.help-lines: cannot read " + location, e);
        }
        return new HelpLines(p);
    }

    public String emergency(String lang) {
        return get("emergency", lang);
    }

    public List<Line> lines(String lang) {
        List<Line> lines = new ArrayList<>();
        String ids = get("lines", lang);
        for (String id : ids == null ? new String[0] : ids.split(",")) {
            String k = id.strip() + ".";
            String name = get(k + "name", lang);
            String phone = get(k + "phone", lang);
            if (name == null || phone == null) {
                throw new IllegalStateException("uglymugs.pages.help-lines: " + id + " needs a name and a phone");
            }
            lines.add(new Line(name, phone, get(k + "hours", lang), get(k + "what", lang)));
        }
        return lines;
    }

    private String get(String key, String lang) {
        String value = text.getProperty(key + "." + lang, text.getProperty(key));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String read(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("uglymugs.pages.help-lines: no resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location));
    }
}
