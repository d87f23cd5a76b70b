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
        byte[] ref = referenceHash(reference);
        em.createNativeQuery("delete from audit_report_key where reference_hash = ?1")
                .setParameter(1, ref)
                .executeUpdate();
        em.createNativeQuery("insert into audit_report_forgotten (reference_hash) values (?1) on conflict do nothing")
                .setParameter(1, ref)
                .executeUpdate();
    }

    private boolean forgotten(byte[] ref) {
        return !em.createNativeQuery("select 1 from audit_report_forgotten where reference_hash = ?1")
                .setParameter(1, ref)
                .getResultList()
                .isEmpty();
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
    private Optional<byte[]> key(String reference, boolean create) {
        byte[] ref = referenceHash(reference);
        if (create && forgotten(ref)) {
            byte[] oneOff = new byte[32];
            random.nextBytes(oneOff);
            return Optional.of(oneOff);
        }
        if (create) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            em.createNativeQuery("insert into audit_report_key (reference_hash, pseudonym_key) values (?1, ?2) "
                            + "on conflict (reference_hash) do nothing")
                    .setParameter(1, ref)
                    .setParameter(2, fresh)
                    .executeUpdate();
        }
        List<?> found = em.createNativeQuery("select pseudonym_key from audit_report_key where reference_hash = ?1")
                .setParameter(1, ref)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of((byte[]) found.get(0));
    }

    private byte[] referenceHash(String reference) {
        return keyed.hash("audit-report-key", reference);
    }

    /**
     * HMAC(k, reference) under a key that needs both the report's stored key and the server's HMAC
     * key: a database alone does not let anyone test a reference against the log.
     */
    private String pseudonym(byte[] reportKey, String reference) {
        byte[] k = keyed.hash("audit-report-pseudonym", Base64.getEncoder().encodeToString(reportKey));
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
