package org.uglymugs.report.page;

import java.util.Arrays;
import java.util.List;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.HowLong;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.Setting;
import org.uglymugs.report.api.ThreatsMade;

/** Choices offered on the pages: a value and the message key of its label. */
public record Options(
        List<Option> categories,
        List<Option> settings,
        List<Option> identifierTypes,
        List<Option> howLong,
        List<Option> threats) {

    public record Option(String value, String key) {}

    static final Options ALL = new Options(
            of(Category.values(), "category_"),
            of(Setting.values(), "setting_"),
            of(IdentifierType.values(), "identifier_"),
            of(HowLong.values(), "how_long_"),
            of(ThreatsMade.values(), "threats_"));

    private static List<Option> of(Enum<?>[] values, String prefix) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), prefix + v.name()))
                .toList();
    }
}
