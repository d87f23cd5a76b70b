package org.uglymugs.moderation.pii;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reporter's own contact in the forms the detectors compare against: patterns for the whole
 * name and each part of it, the lower-cased email, the phone in E.164 and as its national digits.
 */
record Reporter(List<Pattern> names, String email, Set<String> phones, String phoneDigits) {

    static final int MIN_NAME_LENGTH = 2;
    /** Shortest run of phone digits worth looking for by itself (national significant number). */
    static final int MIN_PHONE_DIGITS = 6;
    /** Name particles that are everyday words; a name part alone matching them would flag most texts. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "der", "den", "de", "het", "ten", "ter", "te", "von", "la", "le", "du", "di", "da", "del", "dos",
            "mc", "mac");

    static Reporter none() {
        return new Reporter(List.of(), null, Set.of(), null);
    }

    static Reporter of(ReporterContact contact, PhoneForms phoneForms) {
        if (contact == null) {
            return none();
        }
        String email = blank(contact.email()) ? null : contact.email().strip().toLowerCase(Locale.ROOT);
        return new Reporter(
                names(contact.name()), email, phones(contact.phone(), phoneForms), digits(contact.phone(), phoneForms));
    }

    private static List<Pattern> names(String name) {
        List<Pattern> out = new ArrayList<>();
        if (blank(name) || name.strip().length() < MIN_NAME_LENGTH) {
            return out;
        }
        out.add(TextPatterns.words(name));
        String[] parts = name.strip().split("[\\s\\p{Pd}]+");
        if (parts.length > 1) {
            for (String part : parts) {
                if (part.length() >= MIN_NAME_LENGTH && !PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                    out.add(TextPatterns.words(part));
                }
            }
        }
        return out;
    }

    private static Set<String> phones(String phone, PhoneForms phoneForms) {
        Set<String> out = new LinkedHashSet<>();
        if (!blank(phone)) {
            phoneForms
                    .parse(phone, phoneForms.defaultRegion())
                    .map(phoneForms::e164)
                    .ifPresent(out::add);
        }
        return out;
    }

    private static String digits(String phone, PhoneForms phoneForms) {
        if (blank(phone)) {
            return null;
        }
        String digits = phoneForms
                .parse(phone, phoneForms.defaultRegion())
                .map(n -> phoneForms.util().getNationalSignificantNumber(n))
                .orElseGet(() -> phone.replaceAll("\\D", "").replaceFirst("^0+", ""));
        return digits.length() >= MIN_PHONE_DIGITS ? digits : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
