package org.uglymugs.report.api;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts identifiers into one canonical form so the same perpetrator gives the same keyed hash:
 * phones to E.164 (libphonenumber, configured default region), emails lower-cased and trimmed,
 * plates upper-cased without spaces, usernames without a leading @ and lower-cased per platform,
 * names case- and space-folded, URLs canonicalised. Empty means "not a valid value of this type".
 *
 * <p>Intake and every other feature that compares identifiers (the PII check, later the check)
 * inject this one bean, so they normalise exactly alike.
 */
@ApplicationScoped
public class IdentifierNormaliser {

    private static final Pattern EMAIL = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");
    private static final Pattern PLATE = Pattern.compile("^[A-Z0-9]{2,12}$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[^0-9]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HOST_AND_PORT = Pattern.compile("^[^/?#:]+:\\d+(?:[/?#].*)?$", Pattern.DOTALL);

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public IdentifierNormaliser(IdentifierConfig config) {
        this.defaultRegion = config.defaultRegion().toUpperCase(Locale.ROOT);
    }

    /** The ISO 3166 region a phone number without a country code is read in, upper-case. */
    public String defaultRegion() {
        return defaultRegion;
    }

    public Optional<NormalisedIdentifier> normalise(IdentifierType type, String value, String platform) {
        if (type == null || value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        Optional<String> canonical = switch (type) {
            case PHONE -> phone(v);
            case EMAIL -> email(v);
            case VEHICLE_REG -> plate(v);
            case USERNAME -> username(v);
            case NAME -> Optional.of(fold(v));
            case URL -> url(v);
        };
        String p = type == IdentifierType.USERNAME ? platform(platform) : null;
        if (type == IdentifierType.USERNAME && p == null) {
            return Optional.empty();
        }
        return canonical.map(c -> new NormalisedIdentifier(type, c, p));
    }

    public Optional<String> phone(String value) {
        return phone(value, defaultRegion);
    }

    /**
     * E.164 for a number that is valid, or at least of a possible length for its region: a new or
     * unallocated range is kept rather than refused (the page warns first, see {@link #verified}).
     * A note after the number ("07911 123456 (whatsapp)") is dropped.
     */
    public Optional<String> phone(String value, String region) {
        // The length test first: it is a tenth of the cost of the full validity test, which only a
        // number of an impossible length still needs (the answer is the same either way round).
        return parse(value, region)
                .filter(n -> phones.isPossibleNumberWithReason(n) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                        || phones.isValidNumber(n))
                .map(n -> phones.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** True when libphonenumber knows the number as allocated in its region. */
    public boolean verified(String value, String region) {
        return parse(value, region).filter(phones::isValidNumber).isPresent();
    }

    private Optional<PhoneNumber> parse(String value, String region) {
        String v = TRAILING_NOTE.matcher(value.strip()).replaceAll("");
        try {
            return Optional.of(phones.parse(v, region.toUpperCase(Locale.ROOT)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public Optional<String> email(String value) {
        String e = value.strip().toLowerCase(Locale.ROOT);
        return e.length() <= 254 && EMAIL.matcher(e).matches() ? Optional.of(e) : Optional.empty();
    }

    private static Optional<String> plate(String value) {
        String p = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return PLATE.matcher(p).matches() ? Optional.of(p) : Optional.empty();
    }

    private static Optional<String> username(String value) {
        String u = value.startsWith("@") ? value.substring(1) : value;
        u = u.strip().toLowerCase(Locale.ROOT);
        return u.isEmpty() || SPACES.matcher(u).find() ? Optional.empty() : Optional.of(u);
    }

    private static String platform(String platform) {
        if (platform == null || platform.isBlank()) {
            return null;
        }
        return fold(platform);
    }

    private static String fold(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Treats http and https alike; lower-cases the host, drops "www.", default ports, fragments, tracking parameters and a trailing slash. */
    private static Optional<String> url(String value) {
        // "mailto:a@b.com" or "javascript:…" keep their scheme (and are refused); "example.com:8080/x" has none.
        boolean hasScheme =
                SCHEME.matcher(value).find() && !HOST_AND_PORT.matcher(value).matches();
        String raw = hasScheme ? value : "https://" + value;
        try {
            URI uri = new URI(raw).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // A user part ("bad.client@example.com" typed as a URL) would be dropped, and every such
            // address would then match every other at the same domain.
            if (!scheme.equals("http") && !scheme.equals("https")
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort() == 80 || uri.getPort() == 443 ? -1 : uri.getPort();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null
                    ? null
                    : Arrays.stream(uri.getRawQuery().split("&"))
                            .filter(part -> !part.isEmpty()
                                    && !part.toLowerCase(Locale.ROOT).startsWith("utm_"))
                            .sorted()
                            .collect(Collectors.joining("&"));
            StringBuilder out = new StringBuilder("https://").append(host);
            if (port != -1) {
                out.append(':').append(port);
            }
            out.append(path);
            if (query != null && !query.isEmpty()) {
                out.append('?').append(query);
            }
            return Optional.of(out.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
