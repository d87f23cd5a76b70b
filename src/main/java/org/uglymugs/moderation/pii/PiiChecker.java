package org.uglymugs.moderation.pii;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * Flags whatever in an alert draft could identify someone: phone numbers, emails, URLs, street
 * addresses and postcodes, unless they are identifiers the moderator chose to publish; and the
 * reporter's own name, phone or email always, published or not. Each text is normalised first
 * ({@link NormalisedText}: Unicode spaces, format characters, NFKC), so "07911\u2009123456" or
 * "onlyfans\u200B.com" are found, and flagged as written. Nothing of the text is logged.
 */
@ApplicationScoped
public class PiiChecker {

    private final PhoneForms phoneForms;
    private final PhoneDetector phones;
    private final EmailDetector emails = new EmailDetector();
    private final UrlDetector urls;
    private final AddressDetector addresses = new AddressDetector();
    private final ReporterDetector reporters = new ReporterDetector();
    private final IdentifierNormaliser normaliser;

    /** The report feature's own normaliser: a published identifier is compared in the form intake stored. */
    public PiiChecker(IdentifierNormaliser normaliser) {
        this.phoneForms = new PhoneForms(normaliser.defaultRegion());
        this.phones = new PhoneDetector(phoneForms);
        this.normaliser = normaliser;
        this.urls = new UrlDetector(normaliser);
    }

    /**
     * fields: draft field name -> text (null/blank texts are skipped), in the order to report.
     * published: identifiers the moderator chose to publish, in normalised form.
     * reporter: the reporter's own contact (may be null).
     * Returns every flag, in field order then position; never null.
     */
    public List<PiiFlag> check(
            LinkedHashMap<String, String> fields,
            Collection<NormalisedIdentifier> published,
            ReporterContact reporter) {
        List<PiiFlag> flags = new ArrayList<>();
        if (fields == null || fields.isEmpty()) {
            return flags;
        }
        Known known = known(published, reporter);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (text != null && !text.isBlank()) {
                // Detect in the normalised text (evasions undone), flag the text as written.
                NormalisedText normalised = NormalisedText.of(text);
                List<Hit> hits = hits(normalised.text(), known).stream()
                        .map(normalised::written)
                        .toList();
                flags.addAll(Overlaps.resolve(field.getKey(), text, hits));
            }
        }
        return flags;
    }

    private List<Hit> hits(String text, Known known) {
        List<Hit> hits = new ArrayList<>();
        known.published().findTexts(text, hits);
        reporters.find(text, known.reporter(), hits);
        phones.find(text, known, hits);
        emails.find(text, known, hits);
        urls.find(text, known, hits);
        addresses.find(text, hits);
        return hits;
    }

    private Known known(Collection<NormalisedIdentifier> published, ReporterContact contact) {
        Published p = Published.of(published, phoneForms, normaliser);
        Reporter r = Reporter.of(contact, phoneForms);
        Set<String> regions = new LinkedHashSet<>();
        regions.add(phoneForms.defaultRegion());
        p.phones().forEach(n -> phoneForms.region(n).ifPresent(regions::add));
        r.phones().forEach(n -> phoneForms.region(n).ifPresent(regions::add));
        return new Known(p, r, regions);
    }
}
