package org.uglymugs.liaison;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One view, export or contact request by a liaison officer: the reference only, never content. */
@Entity
@Table(name = "liaison_access")
class LiaisonAccess extends PanacheEntity {

    public long staffId;
    public String username;
    public String reference;

    @Enumerated(EnumType.STRING)
    public AccessKind kind;

    public OffsetDateTime at;

    /** The officers (staff id, username) who viewed, exported or read the contact of this record. */
    static List<Object[]> holders(String reference) {
        return getEntityManager()
                .createQuery(
                        "select distinct a.staffId, a.username from LiaisonAccess a"
                                + " where a.reference = :reference and a.kind in :kinds order by a.username",
                        Object[].class)
                .setParameter("reference", reference)
                .setParameter("kinds", List.of(AccessKind.VIEWED, AccessKind.EXPORTED, AccessKind.CONTACT_VIEWED))
                .getResultList();
    }
}
