package org.uglymugs.subscription.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.subscription.mail.Labels;
import org.uglymugs.subscription.mail.MailItem;

/** An alert as the subscriber pages show it, in the page's language. */
@ApplicationScoped
public class AlertCards {

    private final AreaService areas;

    public AlertCards(AreaService areas) {
        this.areas = areas;
    }

    MailItem card(String lang, PublishedAlert a) {
        AlertChanged.Kind kind = a.version() == 1 ? AlertChanged.Kind.ISSUED : AlertChanged.Kind.UPDATED;
        return new MailItem(
                a.id(),
                Labels.of(lang, kind),
                a.retracted(),
                a.title(),
                a.summary(),
                a.perpetratorDescription(),
                Labels.of(lang, a.severity()),
                a.categories().stream().map(c -> Labels.of(lang, c)).collect(Collectors.joining(", ")),
                a.areas().stream()
                        .map(id -> areas.find(id, lang).map(AreaView::name).orElse(id))
                        .collect(Collectors.joining(", ")),
                a.identifiers() == null
                        ? List.of()
                        : a.identifiers().stream()
                                .map(i -> new MailItem.Line(
                                        Labels.of(lang, i.type()),
                                        i.platform() == null ? i.value() : i.value() + " (" + i.platform() + ")"))
                                .toList(),
                a.changedAt() == null ? "" : a.changedAt().toLocalDate().toString(),
                "");
    }
}
