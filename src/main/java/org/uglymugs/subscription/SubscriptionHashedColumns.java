package org.uglymugs.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyIdHashedColumn;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The subscribers' keyed hashes for HMAC key rotation, counted per row ({@code hashes_key_id}):
 * the address's hash is made again from the sealed address, the manage and unsubscribe hashes from the
 * sealed tokens. A confirmation link waiting to be used is only stored hashed: such a row keeps its old
 * key id (and is counted under it) until it is confirmed or its link expires.
 *
 * <p>At start-up, rows from before the tokens were kept sealed get them sealed: derived once more under
 * the configured HMAC key that made them (the one whose hash of the manage token is the stored one).
 */
@ApplicationScoped
public class SubscriptionHashedColumns implements HashedColumns {

    private static final Logger LOG = Logger.getLogger(SubscriptionHashedColumns.class);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final FieldCipher cipher;
    private final SubscriptionTokens tokens;

    SubscriptionHashedColumns(EntityManager em, FieldCipher cipher, SubscriptionTokens tokens) {
        this.em = em;
        this.cipher = cipher;
        this.tokens = tokens;
    }

    @Override
    public List<HashedColumn> hashedColumns() {
        return List.of(new Hashes());
    }

    void onStart(@Observes StartupEvent event) {
        sealLinkTokensFromBefore();
    }

    /** Seals the link tokens of rows from before V27 (every start; nothing to do once done); how many. */
    public int sealLinkTokensFromBefore() {
        int sealed = 0;
        int missed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            long[] batch = QuarkusTransaction.requiringNew().call(() -> sealLinkTokens(from));
            sealed += (int) batch[0];
            missed += (int) batch[1];
            if (batch[2] < BATCH) {
                break;
            }
            after = batch[3];
        }
        if (sealed > 0 || missed > 0) {
            LOG.infof(
                    "Link tokens of %d subscriber(s) kept sealed from now on; %d matched no configured HMAC key",
                    sealed, missed);
        }
        return sealed;
    }

    /** One batch: {sealed, matched no key, rows looked at, last id}. */
    private long[] sealLinkTokens(long after) {
        List<Subscriber> rows = Subscriber.<Subscriber>find(
                        "manageTokenHash is not null and manageTokenSealed is null and id > ?1 order by id", after)
                .page(0, BATCH)
                .list();
        long sealed = 0;
        long missed = 0;
        long last = after;
        for (Subscriber s : rows) {
            last = s.id;
            Optional<String[]> derived = tokens.derivedBefore(s.id, s.tokenGeneration, s.manageTokenHash);
            if (derived.isEmpty()) {
                missed++;
                continue;
            }
            s.manageTokenSealed = cipher.seal(derived.get()[0], SubscriptionService.manageTokenCell(s.id));
            s.unsubscribeTokenSealed = cipher.seal(derived.get()[1], SubscriptionService.unsubscribeTokenCell(s.id));
            sealed++;
        }
        return new long[] {sealed, missed, rows.size(), last};
    }

    private final class Hashes extends KeyIdHashedColumn {

        Hashes() {
            super(SubscriptionHashedColumns.this.em, "subscriber.hashes", "subscriber", "hashes_key_id");
        }

        @Override
        protected Row rehashRow(KeyedHash with, long id) {
            Subscriber s = Subscriber.findById(id);
            if (s.confirmTokenHash != null) {
                return Row.LEFT; // a confirmation link waiting: only hashed, it stays until used or expired
            }
            if (s.manageTokenHash != null && s.manageTokenSealed == null) {
                return Row.LEFT; // its link tokens matched no configured key at start-up (see the log)
            }
            // Everything opened first: a value that does not open leaves the row as it was.
            byte[] email =
                    SubscriptionTokens.emailHash(with, cipher.open(s.emailSealed, SubscriptionService.emailCell(s.id)));
            byte[] manage = null;
            byte[] unsubscribe = null;
            if (s.manageTokenSealed != null) {
                manage = SubscriptionTokens.manageHash(
                        with, cipher.open(s.manageTokenSealed, SubscriptionService.manageTokenCell(s.id)));
                unsubscribe = SubscriptionTokens.unsubscribeHash(
                        with, cipher.open(s.unsubscribeTokenSealed, SubscriptionService.unsubscribeTokenCell(s.id)));
            }
            s.emailHash = email;
            if (manage != null) {
                s.manageTokenHash = manage;
                s.unsubscribeTokenHash = unsubscribe;
            }
            s.hashesKeyId = with.activeKeyId();
            return Row.REHASHED;
        }
    }
}
