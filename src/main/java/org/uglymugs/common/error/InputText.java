package org.uglymugs.common.error;

/**
 * The characters no input may hold: NUL and the other C0 controls (tab, line feed and carriage
 * return excepted, which free text and a textarea's CRLF need), DEL and the C1 controls, the bidi
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069: they can make a moderator
 * misread a number or a name) and lone surrogates. The marks U+200E/U+200F are allowed: they only
 * set the direction of neutral characters, keyboards for right-to-left languages type them, and
 * they cannot reorder text.
 */
public final class InputText {

    public static final String MESSAGE = "must not contain control or bidirectional-override characters";

    private InputText() {}

    /** True when the text holds a character no input may hold; null is fine. */
    public static boolean forbidden(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c);
    }

    /** The refusal of one field ({@link ErrorCode#FORBIDDEN_CHARACTER}, message key {@code error_forbidden_character}). */
    public static FieldError error(String field) {
        return new FieldError(field, ErrorCode.FORBIDDEN_CHARACTER, MESSAGE);
    }
}
