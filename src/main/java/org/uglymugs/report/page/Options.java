package org.uglymugs.report.page;

import java.util.List;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.HowLong;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.Setting;
import org.uglymugs.report.api.ThreatsMade;

/** Choices offered on the pages, each labelled by its bundle method ({@code msg:category(c)}, …). */
public record Options(
        List<Category> categories,
        List<Setting> settings,
        List<IdentifierType> identifierTypes,
        List<HowLong> howLong,
        List<ThreatsMade> threats) {

    static final Options ALL = new Options(
            List.of(Category.values()),
            List.of(Setting.values()),
            List.of(IdentifierType.values()),
            List.of(HowLong.values()),
            List.of(ThreatsMade.values()));
}
