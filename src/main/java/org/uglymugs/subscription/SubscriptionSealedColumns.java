package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SealedColumns;
import org.uglymugs.common.crypto.SqlSealedColumn;

/** Subscribers' addresses and notes and the confirmation links in the outbox, for key rotation. */
@ApplicationScoped
class SubscriptionSealedColumns implements SealedColumns {

    private final EntityManager em;

    SubscriptionSealedColumns(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                new SqlSealedColumn(em, "subscriber", "email_sealed", "id"),
                new SqlSealedColumn(em, "subscriber", "note_sealed", "id"),
                new SqlSealedColumn(em, "subscriber", "manage_token_sealed", "id"),
                new SqlSealedColumn(em, "subscriber", "unsubscribe_token_sealed", "id"),
                new SqlSealedColumn(em, "confirmation_mail", "token_sealed", "subscriber_id"));
    }
}
