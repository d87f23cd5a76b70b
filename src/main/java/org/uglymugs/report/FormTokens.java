package org.uglymugs.report;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * One-time tokens for the report form: a resubmitted form (Back, Reload) is recognised instead of
 * filing the same report twice, which would also show moderators a false "linked report".
 */
@ApplicationScoped
public class FormTokens {

    private static final String PURPOSE = "report-form";
    private static final int KEEP_DAYS = 2;

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash hash;
    private final EntityManager em;
    private final Clock clock;

    FormTokens(KeyedHash hash, EntityManager em, Clock clock) {
        this.hash = hash;
        this.em = em;
        this.clock = clock;
    }

    public String issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * True the first time a token is used; false when this form was already sent. Called only
     * inside {@link ReportService#submit(CheckedSubmission, String)}'s transaction, so the token is
     * used up exactly when the report is stored (a concurrent second use waits on the first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean claim(String token) {
        List<byte[]> candidates = hash.candidates(PURPOSE, token);
        // A form sent before an HMAC key rotation was recorded under the previous key: look under every key.
        // Tokens are kept two days, so a previous key no longer matters here two days after a rotation.
        for (byte[] previous : candidates.subList(1, candidates.size())) {
            if (!em.createNativeQuery("select 1 from report_form_token where token_hash = ?1")
                    .setParameter(1, previous)
                    .getResultList()
                    .isEmpty()) {
                return false;
            }
        }
        int inserted = em.createNativeQuery("insert into report_form_token (token_hash, used_on) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, candidates.get(0))
                .setParameter(2, LocalDate.now(clock))
                .executeUpdate();
        return inserted == 1;
    }

    @Scheduled(every = "6h", delayed = "1m")
    @Transactional
    void purge() {
        em.createNativeQuery("delete from report_form_token where used_on < ?1")
                .setParameter(1, LocalDate.now(clock).minusDays(KEEP_DAYS))
                .executeUpdate();
    }
}
