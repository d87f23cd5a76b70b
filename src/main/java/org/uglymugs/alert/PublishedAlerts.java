package org.uglymugs.alert;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.api.Category;

/** Alerts as subscribers read them: the published content of a version, nothing about the report. */
final class PublishedAlerts {

    private static final String LIVE_IN = "from Alert a where a.status <> ?1 and exists "
            + "(select 1 from Alert b join b.areas ar where b = a and ar in ?2) order by a.issuedAt desc, a.id desc";

    private PublishedAlerts() {}

    static Optional<PublishedAlert> version(SealedJson sealed, long id, int version) {
        Optional<AlertVersion> row = AlertVersion.<AlertVersion>find("alert.id = ?1 and version = ?2", id, version)
                .firstResultOptional();
        return row.map(v -> of(sealed, v));
    }

    static Optional<PublishedAlert> current(SealedJson sealed, long id) {
        Alert alert = Alert.findById(id);
        return alert == null ? Optional.empty() : version(sealed, id, alert.version);
    }

    static Page<PublishedAlert> liveIn(SealedJson sealed, Set<String> areas, PageRequest page) {
        if (areas.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<Alert> alerts = Alert.<Alert>find(LIVE_IN, AlertStatus.RETRACTED, areas)
                .page(page.page(), page.size())
                .list();
        long total = Alert.count(LIVE_IN.substring(0, LIVE_IN.indexOf(" order by")), AlertStatus.RETRACTED, areas);
        List<PublishedAlert> items = alerts.stream()
                .map(a -> of(sealed, a.versions.get(a.versions.size() - 1)))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static PublishedAlert of(SealedJson sealed, AlertVersion v) {
        AlertContent content = sealed.open(v.contentSealed, AlertContent.class, AlertViews.cell(v));
        Set<String> areas = new TreeSet<>(Arrays.asList(v.areas.split(",")));
        Set<Category> categories = Arrays.stream(
                        v.categories.replaceAll("[\\[\\] ]", "").split(","))
                .filter(c -> !c.isEmpty())
                .map(Category::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
        return new PublishedAlert(
                v.alert.id,
                v.version,
                v.status,
                v.severity,
                areas,
                categories,
                content.title(),
                content.summary(),
                content.perpetratorDescription(),
                content.identifiers(),
                v.alert.issuedAt,
                v.createdAt);
    }
}
