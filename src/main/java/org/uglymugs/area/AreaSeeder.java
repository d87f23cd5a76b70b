package org.uglymugs.area;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * On first start, fills the area table from a list of {@code id;name} lines, each optionally ending in
 * {@code ;nl=Naam} (the name on Dutch pages): the bundled UK police force areas by default, or a
 * deployment's own file ({@code uglymugs.areas.seed}). Once areas exist they are managed in the
 * database and the file is no longer read.
 */
@ApplicationScoped
public class AreaSeeder {

    private static final Logger LOG = Logger.getLogger(AreaSeeder.class);
    private static final String CLASSPATH = "classpath:";
    /** A trailing per-language name ({@code ;nl=Naam}); a name may itself hold ';' ("South; and Isles"). */
    private static final Pattern LOCAL = Pattern.compile(";\\s*([a-z]{2})=([^;]*)$");

    /** A seed line: the area's id, its default name, and its Dutch name or null. */
    record Seed(String id, String name, String nameNl) {}

    private final AreaService areas;
    private final String seed;

    public AreaSeeder(AreaService areas, AreaConfig config) {
        this.areas = areas;
        this.seed = config.seed();
    }

    void onStart(@Observes StartupEvent event) {
        List<Seed> list = parse(read(seed));
        areas.seedIfEmpty(list);
        LOG.infof("Areas: %d available", areas.active().size());
    }

    static List<Seed> parse(String text) {
        List<Seed> list = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String nameNl = null;
            Matcher local = LOCAL.matcher(line);
            while (local.find()) {
                if (!"nl".equals(local.group(1)) || local.group(2).isBlank() || nameNl != null) {
                    throw new IllegalStateException(
                            "uglymugs.areas.seed: bad line, expected id;name or id;name;nl=Naam: " + line);
                }
                nameNl = local.group(2).strip();
                line = line.substring(0, local.start()).strip();
                local = LOCAL.matcher(line);
            }
            String[] parts = line.split(";", 2);
            if (parts.length != 2 || !parts[0].strip().matches("[a-z0-9-]{1,64}") || parts[1].isBlank()) {
                throw new IllegalStateException("uglymugs.areas.seed: bad line, expected id;name: " + line);
            }
            list.add(new Seed(parts[0].strip(), parts[1].strip(), nameNl));
        }
        return list;
    }

    private static String read(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                try (InputStream in =
                        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("uglymugs.areas.seed: no resource " + resource);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("uglymugs.areas.seed: cannot read " + location, e);
        }
    }
}
