package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.retention.RetentionStep;

/** Staff sessions that expired (and were not seen again, which deletes them on sight) go after their keeping time. */
@ApplicationScoped
public class SessionRetention implements RetentionStep {

    private final EntityManager em;
    private final Duration keep;

    public SessionRetention(
            EntityManager em, @ConfigProperty(name = "uglymugs.retention.staff-sessions") Duration keep) {
        this.em = em;
        this.keep = keep;
    }

    @Override
    public String kind() {
        return "staff-sessions";
    }

    @Override
    public Duration keep() {
        return keep;
    }

    @Override
    public String countedFrom() {
        return "the session's expiry";
    }

    @Override
    public int deleteExpired(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("delete from staff_session where id in (select id from staff_session "
                        + "where expires_at < ?1 order by id limit ?2)")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
