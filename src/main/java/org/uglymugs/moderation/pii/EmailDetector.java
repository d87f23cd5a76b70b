package org.uglymugs.moderation.pii;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, also the usual disguises ("anna [at] example [dot] com", "anna at example dot
 * com"). A plain " at " with plain dots is an ordinary sentence ("his ad is at example.nl", "met
 * him at home.Then"), not an address; the URL detector sees to the domain.
 */
final class EmailDetector {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final String BRACKETED_AT = "\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*";
    private static final String BRACKETED_DOT = "\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*";
    private static final String AT = "(?:@|\\s+@\\s+|" + BRACKETED_AT + "|\\s+at\\s+)";
    private static final String DOT = "(?:\\.|" + BRACKETED_DOT + "|\\s+dot\\s+)";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![a-z0-9._%+-])[a-z0-9._%+-]+" + AT + LABEL + "(?:" + DOT + LABEL + ")+(?![a-z0-9-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISGUISED_AT = Pattern.compile(BRACKETED_AT, Pattern.CASE_INSENSITIVE);
    private static final Pattern DISGUISED_DOT =
            Pattern.compile(BRACKETED_DOT + "|\\s+dot\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKEN_AT = Pattern.compile("\\s+at\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,24}$");

    void find(String text, Known known, List<Hit> out) {
        Matcher m = EMAIL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String raw = m.group();
            String email = canonical(raw);
            if (!CANONICAL.matcher(email).matches() || spokenAtOnly(raw)) {
                from = m.start()
                        + 1; // "reach him at bad.guy@example.com": the address starts inside the rejected match
                continue;
            }
            from = m.end();
            if (email.equals(known.reporter().email())) {
                out.add(new Hit(m.start(), m.end(), PiiKind.REPORTER_CONTACT));
            } else if (known.published().emails().contains(email)) {
                out.add(Hit.allowed(m.start(), m.end()));
            } else {
                out.add(new Hit(m.start(), m.end(), PiiKind.EMAIL));
            }
        }
    }

    private static boolean spokenAtOnly(String raw) {
        return !raw.contains("@")
                && !DISGUISED_AT.matcher(raw).find()
                && !DISGUISED_DOT.matcher(raw).find();
    }

    static String canonical(String raw) {
        String s = DISGUISED_AT.matcher(raw).replaceAll("@");
        s = DISGUISED_DOT.matcher(s).replaceAll(".");
        s = SPOKEN_AT.matcher(s).replaceFirst("@");
        return s.replaceAll("\\s+@\\s+", "@").toLowerCase(Locale.ROOT);
    }
}
