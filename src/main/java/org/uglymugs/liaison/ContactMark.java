package org.uglymugs.liaison;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A liaison officer's mark that the reporter who asked for police contact has been contacted. */
@Entity
@Table(name = "liaison_contact")
class ContactMark extends PanacheEntityBase {

    @Id
    public String reference;

    public long staffId;
    public String username;
    public OffsetDateTime contactedAt;
}
