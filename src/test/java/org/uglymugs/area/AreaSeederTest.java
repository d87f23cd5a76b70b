package org.uglymugs.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.area.api.AreaView;

class AreaSeederTest {

    private static final AreaView NORTH = new AreaView("north", "North Region");
    private static final AreaView SOUTH = new AreaView("south-2", "South; and Isles");

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
