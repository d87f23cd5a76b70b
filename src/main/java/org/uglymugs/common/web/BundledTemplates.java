package org.uglymugs.common.web;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.qute.StringTemplateLocation;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.MessageTemplateLocator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the application's own templates ({@code templates/**} in the jar or directory that holds this
 * class) from an index made once, and the message bundles' messages from their own locator. At
 * start-up Qute parses every template and message; its own locator asks the context class loader,
 * which looks for each name in each of the JDK's modules and then in each jar of the class path, and
 * it asks five times for each of some 150 messages, all misses, before the message bundles' locator
 * (priority 0, after it) answers: a third of Qute's start. The variant is Qute's (the content type by
 * suffix, the default locale and charset); a name neither knows, or a suffix other than html and txt,
 * is left to Qute. Off in dev mode, where templates change while the application runs.
 */
@Singleton
@UnlessBuildProfile("dev")
class BundledTemplates implements TemplateLocator {

    private static final String ROOT = "templates/";
    private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html", "txt", "text/plain");

    private final TemplateLocator messages;
    private final Map<String, URL> templates;
    private final List<String> suffixes;
    private final Locale locale;
    private final Charset charset;

    @Inject
    BundledTemplates(
            MessageTemplateLocator messages,
            @ConfigProperty(name = "quarkus.qute.suffixes", defaultValue = "qute.html,qute.txt,html,txt")
                    List<String> suffixes,
            @ConfigProperty(name = "quarkus.default-locale") Optional<Locale> locale,
            @ConfigProperty(name = "quarkus.qute.default-charset", defaultValue = "UTF-8") Charset charset) {
        this(messages, index(BundledTemplates.class.getProtectionDomain().getCodeSource()), suffixes, locale, charset);
    }

    BundledTemplates(
            TemplateLocator messages,
            Map<String, URL> templates,
            List<String> suffixes,
            Optional<Locale> locale,
            Charset charset) {
        this.messages = messages;
        this.templates = templates;
        this.suffixes = List.copyOf(suffixes);
        this.locale = locale.orElse(Locale.getDefault());
        this.charset = charset;
    }

    /** Before Qute's own locator (priority 1). */
    @Override
    public int getPriority() {
        return 10;
    }

    @Override
    public Optional<TemplateLocation> locate(String id) {
        Optional<TemplateLocation> exact = find(id);
        if (exact.isPresent()) {
            return exact;
        }
        for (String suffix : suffixes) {
            Optional<TemplateLocation> found = find(id + "." + suffix);
            if (found.isPresent()) {
                return found;
            }
        }
        return messages.locate(id);
    }

    /** The number of templates found: for the tests. */
    int size() {
        return templates.size();
    }

    private Optional<TemplateLocation> find(String path) {
        URL url = templates.get(path);
        String contentType = CONTENT_TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (url == null || contentType == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new StringTemplateLocation(
                    new String(in.readAllBytes(), charset),
                    Optional.of(new Variant(locale, charset, contentType)),
                    Optional.of(url.toURI())));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("template " + path + " cannot be read", e);
        }
    }

    /** The templates under {@code templates/} where {@code source} is (a jar or a directory), by their path below it. */
    static Map<String, URL> index(CodeSource source) {
        if (source == null
                || source.getLocation() == null
                || !"file".equals(source.getLocation().getProtocol())) {
            return Map.of();
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            return Files.isDirectory(where) ? indexDirectory(where.resolve(ROOT)) : indexJar(where);
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static Map<String, URL> indexDirectory(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        Map<String, URL> found = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String path = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                if (!hidden(path)) {
                    found.put(path, file.toUri().toURL());
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static Map<String, URL> indexJar(Path jar) throws IOException {
        Map<String, URL> found = new HashMap<>();
        String base = "jar:" + jar.toUri() + "!/";
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(ROOT) && !hidden(name.substring(ROOT.length()))) {
                    try {
                        found.put(
                                name.substring(ROOT.length()),
                                URI.create(base + name).toURL());
                    } catch (IllegalArgumentException e) {
                        // a name a URI cannot hold: Qute's own locator finds it
                    }
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /** Qute's default {@code quarkus.qute.template-path-exclude}: a file or directory whose name starts with a dot. */
    private static boolean hidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }
}
