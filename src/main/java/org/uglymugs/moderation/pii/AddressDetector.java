package org.uglymugs.moderation.pii;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses and postcodes of the UK, Ireland and the Netherlands. A house number needs a
 * street word after its name ("12 High Street"), so "2 hours" or "3 men" never match; words that
 * are counted things are never taken for a street name ("2 Men Walk"). Dutch street names end in
 * -straat, -laan, -weg, ... with the number before or after. Postcodes are matched as written in
 * capitals, except UK postcodes, whose lower-case form is accepted unless it reads as "the M6 5am"
 * or "b4 2nd".
 */
final class AddressDetector {

    private static final String HOUSE_NUMBER =
            "(?<![\\p{L}\\p{N}.,:/£$€-])\\d{1,4}[a-zA-Z]?(?:\\s?[-/]\\s?\\d{1,4}[a-zA-Z]?)?(?![\\p{L}\\p{N}.:]\\d)";
    private static final String COUNTED =
            "men|man|women|woman|guys?|girls?|boys?|people|persons?|clients?|friends?|times?|"
                    + "hours?|hrs?|mins?|minutes?|seconds?|days?|nights?|weeks?|months?|years?|yrs?|pounds?|euros?|quid|drinks?|"
                    + "of|on|in|at|to|and|or|by|down|up|along|off|from|with|near|behind|into|onto|was|were|is|he|she|they|we";
    /** "12 The Grove" is an address; "2 guys on the road" is not. */
    private static final String NOT_A_NAME = "(?!(?i:" + COUNTED + ")\\b)";

    private static final String NOT_A_NAME_IN_LOWER_CASE = "(?!(?i:" + COUNTED + "|the|a|an)\\b)";
    private static final String STREET_WORD =
            "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|"
                    + "Crescent|Terrace|Gardens|Grove|Hill|Square|Mews|Row|Walk|Parade|Quay)";
    private static final String CAPITALISED = NOT_A_NAME + "\\p{Lu}[\\p{L}'’.-]*";
    private static final String ANY_CASE = NOT_A_NAME_IN_LOWER_CASE + "\\p{L}[\\p{L}'’-]*";
    private static final String DUTCH_STREET = "(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}"
            + "(?:\\p{L}[\\p{L}-]+(?i:straat|laan|weg|plein|gracht|kade|singel|dijk)|Straat|Laan|Weg|Plein|Gracht|Kade|Singel|Dijk)";
    private static final String DUTCH_NUMBER =
            "\\d{1,4}(?:-?[a-zA-Z]{1,2}\\b|-\\d{1,4}|-I{1,3}\\b|\\s(?:hs|bis|I{1,3})\\b)?";

    private static final List<Pattern> ALWAYS = List.of(
            // "12 High Street", "12a St. John's Rd": capitalised name, street word in any case
            Pattern.compile(HOUSE_NUMBER + ",?\\s+(?:" + CAPITALISED + "\\s+){1,3}(?i:" + STREET_WORD + ")\\b"),
            // "12 high street": lower case, but only with a street word that is rarely anything else
            Pattern.compile(HOUSE_NUMBER + ",?\\s+(?:" + ANY_CASE
                    + "\\s+){1,2}(?i:street|road|avenue|lane|crescent|terrace|gardens|grove|mews)\\b"),
            // "Damstraat 12", "Van Baerlestraat 12-II", "12 Damstraat"
            Pattern.compile("(?<![\\p{L}\\p{N}])" + DUTCH_STREET + ",?\\s+" + DUTCH_NUMBER + "(?![\\p{L}\\p{N}])"),
            Pattern.compile(HOUSE_NUMBER + "\\s+" + DUTCH_STREET + "(?![\\p{L}\\p{N}])"),
            // "Flat 3", "Apartment 12B", "Apt. 4"
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?i:flat|apartment|appartement|apt\\.?)\\s+\\d{1,4}[a-zA-Z]?(?![\\p{L}\\p{N}])"),
            // Dutch postcode "1012 AB" (SA, SD and SS are not issued; "1030 PM" is a time)
            Pattern.compile("(?<![\\p{L}\\p{N}])[1-9]\\d{3}\\s?(?!SA|SD|SS|AM|PM)[A-Z]{2}(?![\\p{L}\\p{N}])"),
            // Irish Eircode "D02 X285", "D6W 1234"
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4}(?![\\p{L}\\p{N}])"));
    /** UK postcode "SW1A 1AA", "M1 1AE", "GIR 0AA". */
    private static final Pattern UK_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:GIR\\s?0AA|[A-PR-UWYZ](?:[A-HK-Y]?\\d[A-Z\\d]?|\\d[A-HJKPS-UW])\\s?\\d([ABD-HJLNP-UW-Z]{2}))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_A_POSTCODE_IN_LOWER_CASE = Pattern.compile("(?i)st|nd|rd|th|am|pm");

    void find(String text, List<Hit> out) {
        for (Pattern p : ALWAYS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Hit(m.start(), m.end(), PiiKind.ADDRESS));
            }
        }
        Matcher m = UK_POSTCODE.matcher(text);
        while (m.find()) {
            boolean capitals = m.group().equals(m.group().toUpperCase(Locale.ROOT));
            String inward = m.group(1);
            if (capitals
                    || inward == null
                    || !NOT_A_POSTCODE_IN_LOWER_CASE.matcher(inward).matches()) {
                out.add(new Hit(m.start(), m.end(), PiiKind.ADDRESS));
            }
        }
    }
}
