package org.uglymugs.moderation.pii;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * The identifiers the moderator chose to publish, in the forms the detectors compare against:
 * E.164 phones, lower-cased emails, canonical URLs, and patterns for the other types, whose text
 * is allowed wherever it appears.
 */
record Published(Set<String> phones, Set<String> emails, Set<String> urls, List<Pattern> texts) {

    static Published of(
            Collection<NormalisedIdentifier> identifiers, PhoneForms phoneForms, IdentifierNormaliser normaliser) {
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> urls = new HashSet<>();
        List<Pattern> texts = new ArrayList<>();
        if (identifiers != null) {
            for (NormalisedIdentifier id : identifiers) {
                if (id == null
                        || id.type() == null
                        || id.value() == null
                        || id.value().isBlank()) {
                    continue;
                }
                String v = id.value().strip();
                switch (id.type()) {
                    case PHONE -> {
                        phones.add(v);
                        phoneForms
                                .parse(v, phoneForms.defaultRegion())
                                .map(phoneForms::e164)
                                .ifPresent(phones::add);
                    }
                    case EMAIL -> emails.add(v.toLowerCase(Locale.ROOT));
                    case URL -> {
                        urls.add(v);
                        normaliser.normalise(IdentifierType.URL, v, null).ifPresent(n -> urls.add(n.value()));
                    }
                    case VEHICLE_REG -> texts.add(TextPatterns.plate(v));
                    case NAME -> texts.add(TextPatterns.words(v));
                    case USERNAME -> texts.add(TextPatterns.username(v));
                }
            }
        }
        return new Published(phones, emails, urls, texts);
    }

    /** Spans of published plates, names and usernames; they never raise a flag by themselves. */
    void findTexts(String text, List<Hit> out) {
        for (Pattern p : texts) {
            var m = p.matcher(text);
            while (m.find()) {
                out.add(Hit.allowed(m.start(), m.end()));
            }
        }
    }
}
