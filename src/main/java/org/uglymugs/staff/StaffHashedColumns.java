package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The staff rows' MACs ({@link StaffRowMac}) for HMAC key rotation. Staff accounts are few, so which
 * key a MAC is under is found by checking it under each configured key (no key-id column); a row whose
 * MAC is valid under another key gets a new MAC under the active one. A row valid under no key (changed
 * by SQL) is neither counted nor re-sealed: rotation never turns it into one that can log in.
 */
@ApplicationScoped
class StaffHashedColumns implements HashedColumns {

    private final EntityManager em;
    private final StaffRowMac rowMac;

    StaffHashedColumns(EntityManager em, StaffRowMac rowMac) {
        this.em = em;
        this.rowMac = rowMac;
    }

    @Override
    public List<HashedColumn> hashedColumns() {
        return List.of(new RowMacs());
    }

    private final class RowMacs implements HashedColumn {

        @Override
        public String name() {
            return "staff_account.row_mac";
        }

        @Override
        public Map<String, Long> countByKeyId() {
            Map<String, Long> counts = new TreeMap<>();
            for (StaffAccount staff : StaffAccount.<StaffAccount>listAll()) {
                rowMac.keyIdOf(staff).ifPresent(id -> counts.merge(id, 1L, Long::sum));
            }
            return counts;
        }

        @Override
        public boolean rehashable() {
            return true;
        }

        @Override
        public Batch rehash(KeyedHash with, long after, int limit) {
            List<?> ids = em.createNativeQuery(
                            "select id from staff_account where id > ?1 order by id limit ?2 for update skip locked")
                    .setParameter(1, after)
                    .setParameter(2, limit)
                    .getResultList();
            int rehashed = 0;
            long last = after;
            for (Object id : ids) {
                last = ((Number) id).longValue();
                StaffAccount staff = StaffAccount.findById(last);
                Optional<String> under = rowMac.keyIdOf(staff);
                if (under.isPresent() && !under.get().equals(with.activeKeyId())) {
                    rowMac.seal(staff, with);
                    rehashed++;
                }
            }
            return new Batch(rehashed, 0, ids.size(), last);
        }

        @Override
        public int stamp(String keyId) {
            return 0;
        }
    }
}
