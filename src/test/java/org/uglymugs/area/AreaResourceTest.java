package org.uglymugs.area;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.support.Fixtures.AREAS_PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaResourceTest {

    private static final String DEFAULT_LIST = "areas/uk-police-force-areas.txt";
    /** The 43 territorial forces of England and Wales, Police Scotland and the PSNI, and "not known", "online", "elsewhere". */
    private static final int UK_POLICE_FORCE_AREAS = 45 + 3;

    @Test
    void listsTheUkPoliceForceAreasFirstInFileOrder() throws IOException {
        List<Map<String, String>> expected = defaultList();
        assertEquals(UK_POLICE_FORCE_AREAS, expected.size());

        List<Map<String, String>> listed = given().when()
                .get(AREAS_PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath()
                .getList("$");

        // Areas that admins (and other tests) add later come after the seeded ones.
        assertEquals(expected, listed.subList(0, Math.min(listed.size(), expected.size())));
    }

    /** Each {@code id;name} line of the bundled file, read independently of the seeder. */
    private static List<Map<String, String>> defaultList() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFAULT_LIST)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";"))
                    .map(parts -> Map.of("id", parts[0], "name", parts[1]))
                    .toList();
        }
    }
}
