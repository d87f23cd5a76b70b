package org.uglymugs.report.api;

import java.util.Locale;
import java.util.regex.Pattern;

/** How people type receipts and references: one canonical form, and telling the two apart. */
public final class ReceiptFormat {

    private static final Pattern REFERENCE = Pattern.compile("^(UM)?[0-9A-Z]{8}$");

    private ReceiptFormat() {}

    /** Case, spaces and dashes do not matter, and the look-alikes I/L/O read as 1/1/0. */
    public static String canonical(String typed) {
        return typed == null
                ? ""
                : typed.toUpperCase(Locale.ROOT)
                        .replaceAll("[\\s-]", "")
                        .replace('I', '1')
                        .replace('L', '1')
                        .replace('O', '0');
    }

    /** True for something shaped like a report's reference (8 characters), which never opens a report. */
    public static boolean looksLikeReference(String typed) {
        return REFERENCE.matcher(canonical(typed)).matches();
    }
}
