package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.StringTemplateLocation;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates index finds what Qute's own locator would, in a jar and in a directory. */
class BundledTemplatesTest {

    private static final Map<String, String> FILES = Map.of(
            "templates/Page/view.html", "<p>{name}</p>",
            "templates/mail/alert-en.txt", "Alert {id}",
            "templates/tags/field.html", "<input name=\"{it}\">",
            "templates/.hidden/secret.html", "hidden",
            "templates/Page/.draft.html", "draft",
            "templates/Page/data.json", "{}",
            "other/not-a-template.html", "elsewhere");

    /** The message bundles' locator, standing in: it knows one message. */
    private static final TemplateLocator MESSAGES = id -> "msg_title".equals(id)
            ? Optional.of(new StringTemplateLocation("Title", Optional.empty(), Optional.empty()))
            : Optional.empty();

    @TempDir
    Path dir;

    @Test
    void findsTheTemplatesOfADirectory() throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path path = dir.resolve("classes").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        check(locator(dir.resolve("classes").toUri().toURL()));
    }

    @Test
    void findsTheTemplatesOfAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("templates/"));
            zip.closeEntry();
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                zip.putNextEntry(new JarEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        check(locator(jar.toUri().toURL()));
    }

    @Test
    void findsNothingWithoutAFileCodeSource() throws IOException {
        assertEquals(Map.of(), BundledTemplates.index(null));
        assertEquals(Map.of(), BundledTemplates.index(source(new URL("http://127.0.0.1/app.jar"))));
        assertEquals(
                Map.of(),
                BundledTemplates.index(source(dir.resolve("missing.jar").toUri().toURL())));
        assertEquals(Map.of(), BundledTemplates.index(source(dir.toUri().toURL())), "a directory without templates/");
    }

    private static void check(BundledTemplates locator) {
        assertEquals(4, locator.size(), "the files under templates/, not the hidden ones");
        assertEquals("<p>{name}</p>", read(locator.locate("Page/view.html")));
        assertEquals("<p>{name}</p>", read(locator.locate("Page/view")), "the suffix found as Qute finds it");
        assertEquals("Alert {id}", read(locator.locate("mail/alert-en")));
        assertEquals("<input name=\"{it}\">", read(locator.locate("tags/field")));
        assertEquals(
                new Variant(Locale.UK, StandardCharsets.UTF_8, "text/html"),
                locator.locate("Page/view").orElseThrow().getVariant().orElseThrow());
        assertEquals(
                "text/plain",
                locator.locate("mail/alert-en.txt")
                        .orElseThrow()
                        .getVariant()
                        .orElseThrow()
                        .getContentType());
        assertEquals("Title", read(locator.locate("msg_title")), "a message, from the message bundles' locator");
        assertTrue(locator.locate("Page/missing").isEmpty());
        assertTrue(locator.locate(".hidden/secret.html").isEmpty());
        assertTrue(locator.locate("Page/.draft").isEmpty());
        assertTrue(locator.locate("Page/data.json").isEmpty(), "another content type: left to Qute");
        assertTrue(locator.locate("../other/not-a-template.html").isEmpty());
        assertTrue(locator.getPriority() > TemplateLocator.DEFAULT_PRIORITY, "asked before Qute's own locator");
    }

    private static BundledTemplates locator(URL where) {
        return new BundledTemplates(
                MESSAGES,
                BundledTemplates.index(source(where)),
                List.of("qute.html", "qute.txt", "html", "txt"),
                Optional.of(Locale.UK),
                StandardCharsets.UTF_8);
    }

    private static CodeSource source(URL where) {
        return new CodeSource(where, (Certificate[]) null);
    }

    private static String read(Optional<TemplateLocation> location) {
        try (Reader reader = location.orElseThrow().read()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
