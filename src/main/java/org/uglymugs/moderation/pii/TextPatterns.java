package org.uglymugs.moderation.pii;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Patterns that find a known value however it was spaced or cased in a draft. */
final class TextPatterns {

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private TextPatterns() {}

    /** Whole words, any spacing between them, any case. */
    static Pattern words(String phrase) {
        String body =
                Arrays.stream(phrase.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile(NOT_AFTER_WORD + body + NOT_BEFORE_WORD, FLAGS);
    }

    /** A plate such as "AB12CDE", also written "AB12 CDE" or "ab12-cde". */
    static Pattern plate(String canonical) {
        String body = canonical
                .chars()
                .mapToObj(c -> Pattern.quote(String.valueOf((char) c)))
                .collect(Collectors.joining("[\\s-]?"));
        return Pattern.compile(NOT_AFTER_WORD + body + NOT_BEFORE_WORD, FLAGS);
    }

    /** A handle, with or without its leading @. */
    static Pattern username(String canonical) {
        String handle = canonical.toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@?" + Pattern.quote(handle) + "(?![\\p{L}\\p{N}_-])", FLAGS);
    }
}
