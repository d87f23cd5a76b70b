package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.retention.KeptStep;

/** Staff sessions that expired (and were not seen again, which deletes them on sight) go after their keeping time. */
@ApplicationScoped
public class SessionRetention extends KeptStep {

    private final EntityManager em;

    public SessionRetention(
            EntityManager em, @ConfigProperty(name = "uglymugs.retention.staff-sessions") Duration keep) {
        super("staff-sessions", keep, "the session's expiry");
        this.em = em;
    }

    @Override
    public int deleteExpired(OffsetDateTime cutoff, int limit) {
        return deleteOldest(em, "staff_session", "expires_at < ?1", cutoff, limit);
    }
}
