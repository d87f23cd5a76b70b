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
import org.jboss.logging.Logger;
import org.uglymugs.area.api.AreaView;

/**
 * On first start, fills the area table from a list of {@code id;name} lines: the bundled UK police
 * force areas by default, or a deployment's own file ({@code uglymugs.areas.seed}). Once areas exist
 * they are managed in the database and the file is no longer read.
 */
@ApplicationScoped
public class AreaSeeder {

    private static final Logger LOG = Logger.getLogger(AreaSeeder.class);
    private static final String CLASSPATH = "classpath:";

    private final AreaService areas;
    private final String seed;

    public AreaSeeder(AreaService areas, AreaConfig config) {
        this.areas = areas;
        this.seed = config.seed();
    }

    void onStart(@Observes StartupEvent event) {
        List<AreaView> list = parse(read(seed));
        areas.seedIfEmpty(list);
        LOG.infof("Areas: %d available", areas.active().size());
    }

    static List<AreaView> parse(String text) {
        List<AreaView> list = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(";", 2);
            if (parts.length != 2 || !parts[0].strip().matches("[a-z0-9-]{1,64}") || parts[1].isBlank()) {
                throw new IllegalStateException("uglymugs.areas.seed: bad line, expected id;name: " + line);
            }
            list.add(new AreaView(parts[0].strip(), parts[1].strip()));
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
