package org.uglymugs.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaSeederTest {

    private static final AreaSeeder.Seed NORTH = new AreaSeeder.Seed("north", "North Region", null);
    private static final AreaSeeder.Seed SOUTH = new AreaSeeder.Seed("south-2", "South; and Isles", null);

    @Test
    void readsIdAndNameInFileOrderSkippingCommentsAndBlankLines() {
        String text = """
                # Areas of a test deployment: id;name
                north;North Region

                   # an indented comment
                  south-2 ;  South; and Isles \r
                """;
        assertEquals(List.of(NORTH, SOUTH), AreaSeeder.parse(text));
    }

    @Test
    void aLineMayEndInItsDutchName() {
        assertEquals(
                List.of(
                        new AreaSeeder.Seed("north", "North Region", "Noordelijke regio"),
                        new AreaSeeder.Seed("south-2", "South; and Isles", "Zuid en eilanden")),
                AreaSeeder.parse(
                        "north;North Region;nl=Noordelijke regio\nsouth-2;South; and Isles ; nl= Zuid en eilanden\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"north;North Region;de=Nordregion", "north;North Region;nl=", "north;North;nl=Noord;nl=Noord"})
    void onlyOneNonEmptyDutchNameIsKnown(String line) {
        assertThrows(IllegalStateException.class, () -> AreaSeeder.parse(line));
    }

    @Test
    void theShippedFilesParse() {
        assertTrue(AreaSeeder.parse(resource("areas/uk-police-force-areas.txt")).stream()
                .anyMatch(s -> s.id().equals("online") && "Alleen online".equals(s.nameNl())));
        assertFalse(AreaSeeder.parse(resource("areas/nl-politie-eenheden.txt")).isEmpty());
    }

    private static String resource(String name) {
        try (java.io.InputStream in = AreaSeederTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEmptyFileGivesNoAreas() {
        assertEquals(List.of(), AreaSeeder.parse("# nothing yet\n\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "north",
                "North;North Region",
                "no spaces allowed;Name",
                ";Name",
                "north;",
                "north;   ",
                "north:North Region"
            })
    void aBadLineStopsTheStart(String line) {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> AreaSeeder.parse("north;North Region\n" + line + "\n"));
        assertTrue(refused.getMessage().contains("uglymugs.areas.seed"), "the message names the setting");
    }

    @Test
    void anIdLongerThan64CharactersIsRefused() {
        assertThrows(IllegalStateException.class, () -> AreaSeeder.parse("a".repeat(65) + ";Name"));
        assertFalse(AreaSeeder.parse("a".repeat(64) + ";Name").isEmpty());
    }
}
