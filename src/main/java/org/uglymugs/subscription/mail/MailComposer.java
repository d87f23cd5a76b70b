package org.uglymugs.subscription.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.subscription.SubscriptionConfig;

/**
 * Builds every mail to a subscriber: one recipient, plain text and HTML from the Qute templates in
 * {@code templates/mail/} (English and Dutch), a Message-ID derived from what the mail delivers, and
 * the RFC 8058 one-click unsubscribe headers. A discreet mail has a neutral sender and subject and
 * no alert content at all, only a link to read it on the site.
 */
@ApplicationScoped
public class MailComposer {

    private static final Duration NAMES_TTL = Duration.ofMinutes(5);

    private static final Pattern ADDRESS = Pattern.compile("<([^>]+)>");

    private final Engine engine;
    private final Links links;
    private final SubscriptionConfig config;
    private final AreaService areas;
    private final String fromAddress;
    /** The areas' names per mail language, looked up again after {@link #NAMES_TTL} (an admin may rename one). */
    private final Map<String, Names> areaNames = new ConcurrentHashMap<>();

    private final Clock clock;

    public MailComposer(
            Engine engine,
            Links links,
            SubscriptionConfig config,
            AreaService areas,
            Clock clock,
            @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "alerts@localhost") String from) {
        this.engine = engine;
        this.links = links;
        this.config = config;
        this.areas = areas;
        this.clock = clock;
        Matcher m = ADDRESS.matcher(from);
        this.fromAddress = m.find() ? m.group(1).strip() : from.strip();
    }

    /** One alert version, for an IMMEDIATE subscriber. */
    public Mail alert(Recipient to, PublishedAlert alert, AlertChanged.Kind kind, String messageKey) {
        if (to.discreet()) {
            return discreet(to, messageKey);
        }
        MailItem item = item(to, alert, kind);
        String subject = Labels.of(to.language(), kind) + ": " + alert.title();
        return compose(
                to,
                "alert",
                subject,
                Map.of("item", item),
                messageKey,
                config.mail().senderName());
    }

    /** The day's alerts in one mail, for a DAILY subscriber. */
    public Mail digest(Recipient to, List<MailItem> items, String messageKey) {
        if (to.discreet()) {
            return discreet(to, messageKey);
        }
        String subject = ("nl".equals(to.language()) ? "Dagelijks overzicht: " : "Daily digest: ")
                + items.size()
                + ("nl".equals(to.language()) ? " waarschuwing(en)" : (items.size() == 1 ? " alert" : " alerts"));
        return compose(
                to,
                "digest",
                subject,
                Map.of("items", items),
                messageKey,
                config.mail().senderName());
    }

    public MailItem item(Recipient to, PublishedAlert alert, AlertChanged.Kind kind) {
        String lang = to.language();
        return new MailItem(
                alert.id(),
                Labels.of(lang, kind),
                alert.retracted(),
                alert.title(),
                alert.summary(),
                alert.perpetratorDescription(),
                Labels.of(lang, alert.severity()),
                alert.categories().stream().map(c -> Labels.of(lang, c)).collect(Collectors.joining(", ")),
                alert.areas().stream().map(a -> areaName(a, lang)).collect(Collectors.joining(", ")),
                alert.identifiers() == null
                        ? List.of()
                        : alert.identifiers().stream()
                                .map(i -> new MailItem.Line(
                                        Labels.of(lang, i.type()),
                                        i.platform() == null ? i.value() : i.value() + " (" + i.platform() + ")"))
                                .toList(),
                alert.changedAt() == null
                        ? ""
                        : alert.changedAt()
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString(),
                links.alert(to, alert.id()));
    }

    /** The confirmation link (or, for an address already subscribed, a note saying so) in the request's language. */
    public Mail confirmation(String email, String language, String token, boolean alreadySubscribed) {
        String lang = "nl".equals(language) ? "nl" : "en";
        Map<String, Object> data = Map.of("link", links.confirm(token), "known", alreadySubscribed);
        String subject = "nl".equals(lang) ? "Bevestig je inschrijving" : "Confirm your subscription";
        Mail mail = new Mail()
                .setFrom(config.mail().senderName() + " <" + fromAddress + ">")
                .setTo(List.of(email))
                .setSubject(subject)
                .setText(render("confirm", lang, "txt", data))
                .setHtml(render("confirm", lang, "html", data));
        return mail;
    }

    private Mail discreet(Recipient to, String messageKey) {
        Mail mail = compose(
                to,
                "discreet",
                config.mail().discreetSubject(),
                Map.of(),
                messageKey,
                config.mail().discreetSenderName());
        config.mail()
                .discreetFrom()
                .ifPresent(from -> mail.setFrom(config.mail().discreetSenderName() + " <" + from.strip() + ">"));
        return mail;
    }

    private Mail compose(
            Recipient to, String template, String subject, Map<String, Object> data, String messageKey, String sender) {
        String lang = "nl".equals(to.language()) ? "nl" : "en";
        Map<String, Object> all = new HashMap<>(data);
        all.put("manage", links.manage(to));
        all.put("read", links.read(to));
        all.put("unsubscribe", links.unsubscribePage(to));
        return new Mail()
                .setFrom(sender + " <" + fromAddress + ">")
                .setTo(List.of(to.email()))
                .setSubject(subject)
                .setText(render(template, lang, "txt", all))
                .setHtml(render(template, lang, "html", all))
                .addHeader("Message-ID", "<" + messageKey + "@" + links.host() + ">")
                .addHeader("List-Unsubscribe", "<" + links.unsubscribe(to) + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String render(String name, String lang, String type, Map<String, Object> data) {
        Template template = engine.getTemplate("mail/" + name + "-" + lang + "." + type);
        if (template == null) {
            throw new IllegalStateException("missing mail template " + name + "-" + lang + "." + type);
        }
        return template.data(data).render();
    }

    /** An area's name in the mail's language (Dutch where an admin set one), its id if it is gone. */
    private String areaName(String id, String lang) {
        String key = "nl".equals(lang) ? "nl" : "en";
        Instant now = clock.instant();
        return areaNames
                .compute(
                        key,
                        (k, held) -> held == null
                                        || held.loadedAt().plus(NAMES_TTL).isBefore(now)
                                        || !held.names().byId().containsKey(id)
                                ? new Names(areas.names(k), now)
                                : held)
                .names()
                .name(id);
    }

    private record Names(AreaNames names, Instant loadedAt) {}
}
