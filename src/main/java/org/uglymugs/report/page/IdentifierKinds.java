package org.uglymugs.report.page;

import java.util.regex.Pattern;
import org.uglymugs.report.api.IdentifierType;

/** The kind of an identifier a person left as "recognise it for me", read from how it is written. */
final class IdentifierKinds {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL =
            Pattern.compile("^(https?://|www\\.)\\S+$|^[^\\s@]+\\.[a-z]{2,}/\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,}([^0-9].*)?$");
    private static final Pattern PLATE = Pattern.compile("^(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9 -]{4,9}$");

    private IdentifierKinds() {}

    static IdentifierType detect(String value) {
        String v = value.strip();
        if (EMAIL.matcher(v).matches()) {
            return IdentifierType.EMAIL;
        }
        if (URL.matcher(v).matches()) {
            return IdentifierType.URL;
        }
        if (v.startsWith("@")) {
            return IdentifierType.USERNAME;
        }
        if (PHONE.matcher(v).matches() && v.replaceAll("[^0-9]", "").length() >= 6) {
            return IdentifierType.PHONE;
        }
        if (PLATE.matcher(v).matches()) {
            return IdentifierType.VEHICLE_REG;
        }
        return IdentifierType.NAME;
    }
}
