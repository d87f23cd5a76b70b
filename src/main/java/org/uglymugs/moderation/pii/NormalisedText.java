package org.uglymugs.moderation.pii;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft field's text as the detectors read it, with a map back to the text as written, so a flag
 * still shows the moderator exactly what was typed. Evasions are undone before detecting: every
 * space separator ({@code \p{Zs}}, and line or paragraph separators) becomes a plain space, format
 * characters ({@code \p{Cf}}: zero-width spaces and joiners, soft hyphens, bidi controls) are
 * dropped, each character with its combining marks is put in NFKC form (fullwidth digits and
 * letters, ligatures, circled digits), and a dot written "(.)" or "[.]" is a dot. (Spelled-out forms such as "[at]" and "[dot]"
 * are the email detector's own, read there.)
 */
final class NormalisedText {

    private static final Pattern WRITTEN_DOT = Pattern.compile("\\(\\.\\)|\\[\\.]");

    private final String text;
    /** For each character of {@link #text}: where its source starts and ends in the written text. */
    private final int[] from;

    private final int[] to;

    private NormalisedText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static NormalisedText of(String written) {
        Builder out = new Builder(written.length());
        int i = 0;
        while (i < written.length()) {
            int start = i;
            Matcher dot = WRITTEN_DOT.matcher(written).region(i, written.length());
            if (dot.lookingAt()) {
                i = dot.end();
                out.append(".", start, i);
                continue;
            }
            int cp = written.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue;
            }
            if (type == Character.SPACE_SEPARATOR
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(" ", start, i);
                continue;
            }
            // The character with its combining marks, so NFKC can compose them ("e" + U+0301 is "é").
            while (i < written.length() && isMark(written.codePointAt(i))) {
                i += Character.charCount(written.codePointAt(i));
            }
            out.append(Normalizer.normalize(written.substring(start, i), Normalizer.Form.NFKC), start, i);
        }
        return new NormalisedText(
                out.text.toString(),
                Arrays.copyOf(out.from, out.text.length()),
                Arrays.copyOf(out.to, out.text.length()));
    }

    String text() {
        return text;
    }

    /** The same finding over the text as written. */
    Hit written(Hit hit) {
        return new Hit(from[hit.start()], to[hit.end() - 1], hit.kind());
    }

    private static final class Builder {
        final StringBuilder text;
        int[] from;
        int[] to;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[Math.max(capacity, 16)];
            to = new int[from.length];
        }

        void append(String chunk, int start, int end) {
            int needed = text.length() + chunk.length();
            if (needed > from.length) {
                int size = Math.max(needed, from.length * 2);
                from = Arrays.copyOf(from, size);
                to = Arrays.copyOf(to, size);
            }
            for (int k = 0; k < chunk.length(); k++) {
                from[text.length() + k] = start;
                to[text.length() + k] = end;
            }
            text.append(chunk);
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
