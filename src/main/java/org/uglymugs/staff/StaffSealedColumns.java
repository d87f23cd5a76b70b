package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealBroken;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SealedColumns;
import org.uglymugs.common.crypto.SqlSealedColumn;

/**
 * The staff TOTP secrets (live and pending), for key rotation. The row's MAC covers the sealed bytes,
 * so a re-sealed secret gets a new MAC in the same transaction, and only on a row whose MAC was valid
 * before: rotation never turns a row changed by SQL into one that can log in.
 */
@ApplicationScoped
class StaffSealedColumns implements SealedColumns {

    private static final Logger LOG = Logger.getLogger(StaffSealedColumns.class);

    private final EntityManager em;
    private final StaffRowMac rowMac;

    StaffSealedColumns(EntityManager em, StaffRowMac rowMac) {
        this.em = em;
        this.rowMac = rowMac;
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                new Secret("totp_sealed", s -> s.totpSealed, (s, v) -> s.totpSealed = v, StaffAuthService::totpCell),
                new Secret(
                        "totp_pending_sealed",
                        s -> s.totpPendingSealed,
                        (s, v) -> s.totpPendingSealed = v,
                        StaffAuthService::pendingTotpCell));
    }

    private final class Secret implements SealedColumn {

        private final String column;
        private final Function<StaffAccount, byte[]> get;
        private final BiConsumer<StaffAccount, byte[]> set;
        private final Function<StaffAccount, Cell> cell;

        Secret(
                String column,
                Function<StaffAccount, byte[]> get,
                BiConsumer<StaffAccount, byte[]> set,
                Function<StaffAccount, Cell> cell) {
            this.column = column;
            this.get = get;
            this.set = set;
            this.cell = cell;
        }

        @Override
        public String name() {
            return "staff_account." + column;
        }

        @Override
        public Map<String, Long> countByKeyId() {
            return SqlSealedColumn.countByKeyId(em, "staff_account", column);
        }

        @Override
        public Batch reseal(FieldCipher cipher, long after, int limit) {
            List<?> ids = em.createNativeQuery("select id from staff_account where id > ?1 and " + column
                            + " is not null and " + SqlSealedColumn.keyIdSql(column)
                            + " <> ?2 order by id limit ?3 for update skip locked")
                    .setParameter(1, after)
                    .setParameter(2, cipher.activeKeyId())
                    .setParameter(3, limit)
                    .getResultList();
            int resealed = 0;
            int left = 0;
            long last = after;
            for (Object id : ids) {
                last = ((Number) id).longValue();
                StaffAccount staff = em.find(StaffAccount.class, last);
                if (!rowMac.valid(staff)) {
                    LOG.warnf("Key rotation: a staff row fails its MAC; its %s is left as it is", column);
                    left++;
                    continue;
                }
                try {
                    set.accept(staff, cipher.reseal(get.apply(staff), cell.apply(staff)));
                } catch (SealBroken e) {
                    LOG.warnf("Key rotation: a value in %s does not open for its row; left as it is", name());
                    left++;
                    continue;
                }
                rowMac.seal(staff);
                resealed++;
            }
            em.flush();
            return new Batch(resealed, left, ids.size(), last);
        }
    }
}
