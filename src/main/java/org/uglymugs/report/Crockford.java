package org.uglymugs.report;

import java.security.SecureRandom;

/** Random strings in Crockford's base32: no I, L, O or U, so they survive being read and typed. */
final class Crockford {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Crockford() {}

    static String random(SecureRandom random, int chars, int group) {
        StringBuilder out = new StringBuilder(chars + chars / group);
        for (int i = 0; i < chars; i++) {
            if (i > 0 && i % group == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
