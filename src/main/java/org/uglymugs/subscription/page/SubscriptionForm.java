package org.uglymugs.subscription.page;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.api.Category;
import org.uglymugs.subscription.Cadence;
import org.uglymugs.subscription.api.Preferences;
import org.uglymugs.subscription.api.SubscriptionRequest;
import org.uglymugs.subscription.api.SubscriptionView;
import org.uglymugs.subscription.mail.Labels;

/** The subscription form's values and choices, from a POSTed form or from a stored subscription. */
@TemplateData
public record SubscriptionForm(
        String email,
        List<Option> areas,
        List<Option> categories,
        List<Option> severities,
        List<Option> cadences,
        String language,
        boolean discreet,
        String note) {

    static SubscriptionForm blank(List<AreaView> areas, String lang) {
        return of(areas, lang, "", Set.of(), Set.of(), AlertSeverity.LOW, Cadence.IMMEDIATE, lang, false, "");
    }

    static SubscriptionForm of(List<AreaView> areas, String lang, FormValues form) {
        return of(
                areas,
                lang,
                form.v("email"),
                new TreeSet<>(form.all("areas")),
                parse(form.all("categories")),
                severity(form.v("minSeverity")),
                "DAILY".equals(form.v("cadence")) ? Cadence.DAILY : Cadence.IMMEDIATE,
                "nl".equals(form.v("language")) ? "nl" : "en",
                form.on("discreet"),
                form.v("note"));
    }

    static SubscriptionForm of(List<AreaView> areas, String lang, SubscriptionView s) {
        Set<String> categories = s.categories().stream().map(Enum::name).collect(Collectors.toSet());
        return of(
                areas,
                lang,
                s.email(),
                s.areas(),
                categories,
                s.minSeverity(),
                s.cadence(),
                s.language(),
                s.discreet(),
                s.note());
    }

    SubscriptionRequest request() {
        Preferences p = preferences();
        return new SubscriptionRequest(
                email, p.areas(), p.categories(), p.minSeverity(), p.language(), p.cadence(), p.discreet(), p.note());
    }

    Preferences preferences() {
        Set<String> chosenAreas =
                areas.stream().filter(Option::checked).map(Option::value).collect(Collectors.toSet());
        Set<Category> chosen = categories.stream()
                .filter(Option::checked)
                .map(o -> Category.valueOf(o.value()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
        AlertSeverity severity = severities.stream()
                .filter(Option::checked)
                .map(o -> AlertSeverity.valueOf(o.value()))
                .findFirst()
                .orElse(AlertSeverity.LOW);
        Cadence cadence = cadences.stream()
                .filter(Option::checked)
                .map(o -> Cadence.valueOf(o.value()))
                .findFirst()
                .orElse(Cadence.IMMEDIATE);
        return new Preferences(
                chosenAreas,
                chosen,
                severity,
                language,
                cadence,
                discreet,
                note == null || note.isBlank() ? null : note);
    }

    private static SubscriptionForm of(
            List<AreaView> areas,
            String lang,
            String email,
            Set<String> chosenAreas,
            Set<String> chosenCategories,
            AlertSeverity severity,
            Cadence cadence,
            String language,
            boolean discreet,
            String note) {
        return new SubscriptionForm(
                email == null ? "" : email,
                areas.stream()
                        .map(a -> new Option(a.id(), a.name(), chosenAreas.contains(a.id())))
                        .toList(),
                Arrays.stream(Category.values())
                        .map(c -> new Option(c.name(), Labels.of(lang, c), chosenCategories.contains(c.name())))
                        .toList(),
                Arrays.stream(AlertSeverity.values())
                        .map(s -> new Option(s.name(), Labels.of(lang, s), s == severity))
                        .toList(),
                Arrays.stream(Cadence.values())
                        .map(c -> new Option(c.name(), c.name(), c == cadence))
                        .toList(),
                language,
                discreet,
                note == null ? "" : note);
    }

    private static Set<String> parse(List<String> categories) {
        return categories.stream()
                .filter(c ->
                        Arrays.stream(Category.values()).anyMatch(k -> k.name().equals(c)))
                .collect(Collectors.toSet());
    }

    private static AlertSeverity severity(String value) {
        return Arrays.stream(AlertSeverity.values())
                .filter(s -> s.name().equals(value))
                .findFirst()
                .orElse(AlertSeverity.LOW);
    }
}
