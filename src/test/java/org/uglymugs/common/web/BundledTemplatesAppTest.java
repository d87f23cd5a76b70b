package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** In the running application the index holds every template, and Qute's messages still come through it. */
@QuarkusTest
class BundledTemplatesAppTest {

    @Inject
    BundledTemplates templates;

    @Test
    void indexesEveryTemplateOfTheApplication() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            assertEquals(files.filter(Files::isRegularFile).count(), templates.size());
        }
        assertEquals(
                "text/html",
                templates
                        .locate("ErrorPage/reporter")
                        .orElseThrow()
                        .getVariant()
                        .orElseThrow()
                        .getContentType());
        assertTrue(templates.locate("msg_nl_category").isPresent(), "a Dutch message of the report's bundle");
    }
}
