package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * How the audit log names a report: {@code report:} + HMAC(report key, reference), with a random
 * key per report in {@code audit_report_key}. Forgetting a report (its erasure) deletes the key, so
 * nothing in the log leads back to the reference any more. Runs in the caller's transaction.
 */
@ApplicationScoped
class ReportPseudonyms {

    /** A reference inside a longer value (a list of them, say), not part of a longer code. */
    private static final Pattern REFERENCE_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z-])[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}(?![0-9A-Za-z-])");

    /** How a report reference is written in the log: a keyed pseudonym, never the reference. */
    static final String PREFIX = "report:";

    private static final String REFERENCE_KEY = "audit-report-key";

    private final EntityManager em;
    private final KeyedHash keyed;
    private final SecureRandom random = new SecureRandom();

    ReportPseudonyms(EntityManager em, KeyedHash keyed) {
        this.em = em;
        this.keyed = keyed;
    }

    /** The pseudonym the log writes for this reference, if the report has one (it has not been forgotten). */
    Optional<String> of(String reference) {
        return key(reference, false).map(k -> pseudonym(k, reference));
    }

    /** Deletes the report's pseudonym key and remembers (by keyed hash) that it was forgotten. */
    void forget(String reference) {
        if (reference == null) {
            return;
        }
        for (byte[] ref : referenceHashes(reference)) {
            em.createNativeQuery("delete from audit_report_key where reference_hash = ?1")
                    .setParameter(1, ref)
                    .executeUpdate();
        }
        em.createNativeQuery("insert into audit_report_forgotten (reference_hash) values (?1) on conflict do nothing")
                .setParameter(1, keyed.hash(REFERENCE_KEY, reference))
                .executeUpdate();
    }

    private boolean forgotten(List<byte[]> refs) {
        boolean found = false;
        for (byte[] ref : refs) {
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
            m.appendReplacement(
                    out, Matcher.quoteReplacement(pseudonym(key(reference, true).orElseThrow(), reference)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The report's pseudonym key, made on first use; empty when it has none (and {@code create} is
     * false). A forgotten report never gets a stored key again: an entry written about it after its
     * erasure gets a one-off key that is kept nowhere, so that entry leads nowhere either.
     */
    private Optional<PseudonymKey> key(String reference, boolean create) {
        List<byte[]> refs = referenceHashes(reference);
        if (create && forgotten(refs)) {
            byte[] oneOff = new byte[32];
            random.nextBytes(oneOff);
            return Optional.of(new PseudonymKey(oneOff, keyed.activeKeyId()));
        }
        // Under every configured HMAC key, active first: a report's key made before an HMAC key rotation
        // is found, and its pseudonym stays the one the log already holds (made under that key).
        List<String> ids = keyed.keyIds();
        for (int i = 0; i < refs.size(); i++) {
            List<?> found = em.createNativeQuery("select pseudonym_key from audit_report_key where reference_hash = ?1")
                    .setParameter(1, refs.get(i))
                    .getResultList();
            if (!found.isEmpty()) {
                return Optional.of(new PseudonymKey((byte[]) found.get(0), ids.get(i)));
            }
        }
        if (!create) {
            return Optional.empty();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        em.createNativeQuery("insert into audit_report_key (reference_hash, pseudonym_key) values (?1, ?2) "
                        + "on conflict (reference_hash) do nothing")
                .setParameter(1, refs.get(0))
                .setParameter(2, fresh)
                .executeUpdate();
        List<?> found = em.createNativeQuery("select pseudonym_key from audit_report_key where reference_hash = ?1")
                .setParameter(1, refs.get(0))
                .getResultList();
        return Optional.of(new PseudonymKey((byte[]) found.get(0), ids.get(0)));
    }

    /** A report's stored pseudonym key and the HMAC key its reference hash (and so its pseudonym) is under. */
    private record PseudonymKey(byte[] key, String hmacKeyId) {}

    private List<byte[]> referenceHashes(String reference) {
        return keyed.candidates(REFERENCE_KEY, reference);
    }

    /**
     * HMAC(k, reference) under a key that needs both the report's stored key and the server's HMAC
     * key: a database alone does not let anyone test a reference against the log.
     */
    private String pseudonym(PseudonymKey reportKey, String reference) {
        byte[] k = keyed.hashUnder(
                reportKey.hmacKeyId(),
                "audit-report-pseudonym",
                Base64.getEncoder().encodeToString(reportKey.key()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
            byte[] out = mac.doFinal(reference.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(Arrays.copyOf(out, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
