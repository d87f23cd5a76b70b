package org.uglymugs.moderation.pii;

import java.util.Locale;
import java.util.Set;

/** Top-level domains common enough that "name.tld" in a draft is taken for an address even without a path. */
final class Tlds {

    /** Country codes and generic domains; left out are those that are everyday words ("no", "it", "me", "live"), which a missed space after a full stop would turn into a domain. */
    private static final Set<String> COMMON = Set.of(
            "com", "net", "org", "info", "biz", "co", "uk", "nl", "ie", "eu", "de", "fr", "es", "pt", "pl", "ch", "se",
            "dk", "fi", "cz", "ru", "ca", "au", "nz", "io", "tv", "cc", "ws", "xxx", "sex", "porn", "adult", "cam",
            "app", "dev", "online", "site", "club", "xyz", "vip", "escort", "website", "dating");

    private Tlds() {}

    /** Whether the text ends in a common top-level domain. */
    static boolean isCommon(String host) {
        int dot = host.lastIndexOf('.');
        return dot >= 0 && COMMON.contains(host.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
