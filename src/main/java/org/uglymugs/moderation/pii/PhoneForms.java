package org.uglymugs.moderation.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * libphonenumber as this package needs it: any parseable number to E.164, valid or merely
 * possible, because a draft may leak a number libphonenumber does not know as allocated.
 */
final class PhoneForms {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    PhoneForms(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    PhoneNumberUtil util() {
        return util;
    }

    String defaultRegion() {
        return defaultRegion;
    }

    Optional<PhoneNumber> parse(String raw, String region) {
        try {
            return Optional.of(util.parse(raw, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    String e164(PhoneNumber number) {
        return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** A number written in national format means something else in each region; read it in all given. */
    Set<String> e164s(String raw, Collection<String> regions) {
        Set<String> out = new LinkedHashSet<>();
        for (String region : regions) {
            parse(raw, region).map(this::e164).ifPresent(out::add);
        }
        return out;
    }

    /** The region a number belongs to, if libphonenumber can tell. */
    Optional<String> region(String raw) {
        return parse(raw, defaultRegion).map(util::getRegionCodeForNumber).filter(r -> !r.equals("ZZ"));
    }
}
