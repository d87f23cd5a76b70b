package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * How the audit log names a report: {@code report:} + HMAC(secret, reference), with a random
 * secret per report in {@code audit_report_key} ({@link PseudonymKeys}). Forgetting a report (its
 * erasure) deletes the secret, so nothing in the log leads back to the reference any more. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
class ReportPseudonyms {

    /** A reference inside a longer value (a list of them, say), not part of a longer code. */
    private static final Pattern REFERENCE_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z-])[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}(?![0-9A-Za-z-])");

    /** How a report reference is written in the log: a keyed pseudonym, never the reference. */
    static final String PREFIX = "report:";

    private final EntityManager em;
    private final KeyedHash keyed;
    private final PseudonymKeys keys;
    private final SecureRandom random = new SecureRandom();

    ReportPseudonyms(EntityManager em, KeyedHash keyed, PseudonymKeys keys) {
        this.em = em;
        this.keyed = keyed;
        this.keys = keys;
    }

    /** The pseudonym the log writes for this reference, if the report has one (it has not been forgotten). */
    Optional<String> of(String reference) {
        return keys.find(reference).map(row -> pseudonym(keys.secret(row), reference));
    }

    /** Deletes the report's pseudonym key and remembers (by keyed hash) that it was forgotten. */
    void forget(String reference) {
        if (reference == null) {
            return;
        }
        keys.delete(reference);
        em.createNativeQuery("insert into audit_report_forgotten (reference_hash) values (?1) on conflict do nothing")
                .setParameter(1, keyed.hash(PseudonymKeys.REFERENCE_KEY, reference))
                .executeUpdate();
    }

    private boolean forgotten(String reference) {
        boolean found = false;
        for (byte[] ref : keyed.candidates(PseudonymKeys.REFERENCE_KEY, reference)) {
            found |= !em.createNativeQuery("select 1 from audit_report_forgotten where reference_hash = ?1")
                    .setParameter(1, ref)
                    .getResultList()
                    .isEmpty();
        }
        return found;
    }

    Map<String, String> pseudonymise(Map<String, String> details) {
        if (details == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        details.forEach((k, v) -> out.put(k, pseudonymise(v)));
        return out;
    }

    String pseudonymise(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = REFERENCE_IN_TEXT.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String reference = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(pseudonym(secretForWriting(reference), reference)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The report's pseudonym secret, made on first use. A forgotten report never gets a stored one
     * again: an entry written about it after its erasure gets a one-off secret that is kept nowhere,
     * so that entry leads nowhere either.
     */
    private byte[] secretForWriting(String reference) {
        if (forgotten(reference)) {
            byte[] oneOff = new byte[32];
            random.nextBytes(oneOff);
            return oneOff;
        }
        return keys.secret(keys.findOrMake(reference));
    }

    /**
     * HMAC(secret, reference), where the secret was derived from the report's random key and the
     * server's HMAC key and is kept sealed: a database alone does not let anyone test a reference
     * against the log.
     */
    static String pseudonym(byte[] secret, String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] out = mac.doFinal(reference.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(Arrays.copyOf(out, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
