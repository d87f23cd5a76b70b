package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyIdHashedColumn;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The audit feature's keyed hashes for HMAC key rotation: the reference hashes that find a report's
 * pseudonym key, re-hashed from the reference each row keeps sealed ({@link PseudonymKeys}). The hashes
 * of forgotten reports ({@code audit_report_forgotten}) are not here: their references are gone, so
 * nothing can re-hash them, and once their key is retired they simply stop matching (see the README).
 */
@ApplicationScoped
class AuditHashedColumns implements HashedColumns {

    private final EntityManager em;
    private final PseudonymKeys keys;

    AuditHashedColumns(EntityManager em, PseudonymKeys keys) {
        this.em = em;
        this.keys = keys;
    }

    @Override
    public List<HashedColumn> hashedColumns() {
        return List.of(new ReferenceHashes());
    }

    private final class ReferenceHashes extends KeyIdHashedColumn {

        ReferenceHashes() {
            super(AuditHashedColumns.this.em, "audit_report_key.reference_hash", "audit_report_key", "hmac_key_id");
        }

        @Override
        protected Row rehashRow(KeyedHash with, long id) {
            return keys.rehash(with, id) ? Row.REHASHED : Row.LEFT;
        }
    }
}
