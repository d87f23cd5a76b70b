package org.uglymugs.subscription.mail;

import java.util.Map;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.IdentifierType;

/** Words the mails put around an alert, in English and Dutch. */
public final class Labels {

    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "en",
            Map.ofEntries(
                    Map.entry("LOW", "Low"),
                    Map.entry("MEDIUM", "Medium"),
                    Map.entry("HIGH", "High"),
                    Map.entry("CRITICAL", "Critical"),
                    Map.entry("ISSUED", "New alert"),
                    Map.entry("UPDATED", "Updated alert"),
                    Map.entry("RETRACTED", "Alert withdrawn"),
                    Map.entry("PHYSICAL_ASSAULT", "Physical assault"),
                    Map.entry("RAPE", "Rape"),
                    Map.entry("SEXUAL_ASSAULT", "Sexual assault"),
                    Map.entry("ROBBERY", "Robbery"),
                    Map.entry("BURGLARY", "Burglary"),
                    Map.entry("THREATS", "Threats"),
                    Map.entry("HARASSMENT", "Harassment"),
                    Map.entry("STALKING", "Stalking"),
                    Map.entry("BLACKMAIL", "Blackmail or extortion"),
                    Map.entry("OUTING", "Outing, or threats to out"),
                    Map.entry("FILMING_WITHOUT_CONSENT", "Filming without consent"),
                    Map.entry("IMAGE_BASED_ABUSE", "Sharing intimate images"),
                    Map.entry("MALICIOUS_COMMUNICATIONS", "Abusive messages"),
                    Map.entry("FRAUD", "Fraud or non-payment"),
                    Map.entry("CONDOM_REFUSAL", "Refused or removed a condom"),
                    Map.entry("OTHER", "Something else"),
                    Map.entry("PHONE", "Phone number"),
                    Map.entry("EMAIL", "Email"),
                    Map.entry("USERNAME", "Username"),
                    Map.entry("VEHICLE_REG", "Number plate"),
                    Map.entry("NAME", "Name or alias"),
                    Map.entry("URL", "Web address")),
            "nl",
            Map.ofEntries(
                    Map.entry("LOW", "Laag"),
                    Map.entry("MEDIUM", "Middel"),
                    Map.entry("HIGH", "Hoog"),
                    Map.entry("CRITICAL", "Kritiek"),
                    Map.entry("ISSUED", "Nieuwe waarschuwing"),
                    Map.entry("UPDATED", "Bijgewerkte waarschuwing"),
                    Map.entry("RETRACTED", "Waarschuwing ingetrokken"),
                    Map.entry("PHYSICAL_ASSAULT", "Mishandeling"),
                    Map.entry("RAPE", "Verkrachting"),
                    Map.entry("SEXUAL_ASSAULT", "Aanranding"),
                    Map.entry("ROBBERY", "Beroving"),
                    Map.entry("BURGLARY", "Inbraak"),
                    Map.entry("THREATS", "Bedreiging"),
                    Map.entry("HARASSMENT", "Intimidatie"),
                    Map.entry("STALKING", "Stalking"),
                    Map.entry("BLACKMAIL", "Chantage of afpersing"),
                    Map.entry("OUTING", "Outen, of dreigen te outen"),
                    Map.entry("FILMING_WITHOUT_CONSENT", "Filmen zonder toestemming"),
                    Map.entry("IMAGE_BASED_ABUSE", "Delen van intieme beelden"),
                    Map.entry("MALICIOUS_COMMUNICATIONS", "Kwetsende berichten"),
                    Map.entry("FRAUD", "Oplichting of niet betalen"),
                    Map.entry("CONDOM_REFUSAL", "Weigerde of verwijderde een condoom"),
                    Map.entry("OTHER", "Iets anders"),
                    Map.entry("PHONE", "Telefoonnummer"),
                    Map.entry("EMAIL", "E-mail"),
                    Map.entry("USERNAME", "Gebruikersnaam"),
                    Map.entry("VEHICLE_REG", "Kenteken"),
                    Map.entry("NAME", "Naam of bijnaam"),
                    Map.entry("URL", "Webadres")));

    private Labels() {}

    public static String of(String language, AlertSeverity severity) {
        return text(language, severity.name());
    }

    public static String of(String language, AlertChanged.Kind kind) {
        return text(language, kind.name());
    }

    public static String of(String language, Category category) {
        return text(language, category.name());
    }

    public static String of(String language, IdentifierType type) {
        return text(language, type.name());
    }

    private static String text(String language, String key) {
        return TEXT.getOrDefault(language, TEXT.get("en")).getOrDefault(key, key);
    }
}
