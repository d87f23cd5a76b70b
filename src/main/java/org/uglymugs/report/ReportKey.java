package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A report's own data key, wrapped by the master key. Kept in a table of its own, which the main
 * backup leaves out (deploy/backup.sh): deleting the row (erasure, expiry) makes every copy of the
 * report's ciphertext unreadable, in old backups too.
 */
@Entity
@Table(name = "report_key")
class ReportKey extends PanacheEntityBase {

    @Id
    public Long reportId;

    public byte[] keyWrapped;
}
