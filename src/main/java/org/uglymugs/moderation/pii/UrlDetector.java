package org.uglymugs.moderation.pii;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.IdentifierType;

/**
 * Web addresses: with a scheme, starting "www.", or a bare domain that has a path or a common
 * top-level domain written in lower case (so "paid.De man" in a hasty Dutch text is no domain).
 * Numbers such as "10.30" or "2.5" never match: a top-level domain is letters only. A domain right
 * after "@" belongs to an email address and is left to the email detector.
 */
final class UrlDetector {

    private static final String REST = "[^\\s<>\"'()\\[\\]{}]";
    private static final Pattern WITH_SCHEME =
            Pattern.compile("(?<![\\p{L}\\p{N}])https?://" + REST + "+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WWW =
            Pattern.compile("(?<![\\p{L}\\p{N}.@/:-])www\\." + REST + "+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/:_-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,24})(?![\\p{L}\\p{N}_-])(/"
                    + REST + "*)?",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"";

    private final IdentifierNormaliser normaliser;

    UrlDetector(IdentifierNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    void find(String text, Known known, List<Hit> out) {
        for (Pattern p : List.of(WITH_SCHEME, WWW)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                add(text, m.start(), trimmedEnd(text, m.start(), m.end()), known, out);
            }
        }
        Matcher m = BARE.matcher(text);
        while (m.find()) {
            String tld = m.group(1);
            boolean hasPath = m.group(2) != null;
            boolean lowerOrShouted = tld.equals(tld.toLowerCase(Locale.ROOT))
                    || m.group().equals(m.group().toUpperCase(Locale.ROOT));
            if (hasPath || lowerOrShouted && Tlds.isCommon("." + tld)) {
                add(text, m.start(), trimmedEnd(text, m.start(), m.end()), known, out);
            }
        }
    }

    private void add(String text, int start, int end, Known known, List<Hit> out) {
        if (end - start < 4) {
            return;
        }
        Optional<String> canonical = normaliser
                .normalise(IdentifierType.URL, text.substring(start, end), null)
                .map(n -> n.value());
        boolean published = canonical.filter(known.published().urls()::contains).isPresent();
        out.add(published ? Hit.allowed(start, end) : new Hit(start, end, PiiKind.URL));
    }

    private static int trimmedEnd(String text, int start, int end) {
        while (end > start && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
