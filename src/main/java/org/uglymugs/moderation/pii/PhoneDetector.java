package org.uglymugs.moderation.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers by libphonenumber's finder. VALID catches allocated numbers in any layout;
 * POSSIBLE adds numbers libphonenumber does not know as allocated (e.g. Ofcom's drama range), so
 * on its own it must look like a phone number, not a date, a time or a reference.
 */
final class PhoneDetector {

    /** A national number written in full has at least this many digits in GB, IE and NL. */
    private static final int MIN_DIGITS_IF_ONLY_POSSIBLE = 9;

    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

    private final PhoneForms phoneForms;

    PhoneDetector(PhoneForms phoneForms) {
        this.phoneForms = phoneForms;
    }

    void find(String text, Known known, List<Hit> out) {
        for (Map.Entry<PhoneNumberMatch, Boolean> e : matches(text).entrySet()) {
            PhoneNumberMatch m = e.getKey();
            Set<String> forms = phoneForms.e164s(m.rawString(), known.phoneRegions());
            forms.add(phoneForms.e164(m.number()));
            if (!Collections.disjoint(forms, known.reporter().phones())) {
                out.add(new Hit(m.start(), m.end(), PiiKind.REPORTER_CONTACT));
            } else if (!Collections.disjoint(forms, known.published().phones())) {
                out.add(Hit.allowed(m.start(), m.end()));
            } else if (e.getValue() || looksLikePhone(text, m)) {
                out.add(new Hit(m.start(), m.end(), PiiKind.PHONE));
            }
        }
    }

    /** Every match of either leniency, keyed by span; the value says whether VALID found it. */
    private Map<PhoneNumberMatch, Boolean> matches(String text) {
        Map<String, PhoneNumberMatch> bySpan = new LinkedHashMap<>();
        Map<PhoneNumberMatch, Boolean> out = new LinkedHashMap<>();
        for (Leniency leniency : List.of(Leniency.VALID, Leniency.POSSIBLE)) {
            for (PhoneNumberMatch m :
                    phoneForms.util().findNumbers(text, phoneForms.defaultRegion(), leniency, Long.MAX_VALUE)) {
                if (bySpan.putIfAbsent(m.start() + ":" + m.end(), m) == null) {
                    out.put(m, leniency == Leniency.VALID);
                }
            }
        }
        return out;
    }

    private boolean looksLikePhone(String text, PhoneNumberMatch m) {
        if (phoneForms.util().isValidNumber(m.number())) {
            return true;
        }
        String raw = m.rawString();
        long digits = raw.chars().filter(Character::isDigit).count();
        return digits >= MIN_DIGITS_IF_ONLY_POSSIBLE
                && !DATE.matcher(raw).matches()
                && !glued(text, m.start() - 1, "/")
                && !glued(text, m.end(), "");
    }

    /** True if the character at i is a letter, a digit, or one of the given marks. */
    private static boolean glued(String text, int i, String marks) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || marks.indexOf(c) >= 0;
    }
}
