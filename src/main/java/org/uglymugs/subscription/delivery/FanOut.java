package org.uglymugs.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.subscription.SubscriptionConfig;

/**
 * Expands an outbox event to one delivery per matching ACTIVE subscriber, a batch per transaction,
 * with a cursor on the subscriber id. A subscriber matches when one of their areas is one of the
 * alert's, their categories are empty or share one with it, and the alert is at least as severe as
 * their minimum; updates and retractions also reach everyone who received an earlier version. The
 * unique key (alert, version, subscriber) makes a repeated batch (after a crash) insert nothing twice.
 */
@ApplicationScoped
public class FanOut {

    private static final String TAKE_EVENT = "select id, alert_id, alert_version, kind, cursor_subscriber "
            + "from delivery_event where fanned_out_at is null order by id limit 1 for update skip locked";

    private static final String EXPAND = """
            with batch as (
              select s.id, s.cadence from subscriber s
              where s.status = 'ACTIVE' and s.id > ?1
                and ((array_position(array['LOW','MEDIUM','HIGH','CRITICAL']::varchar[], s.min_severity) <= ?2
                      and exists (select 1 from subscriber_area a
                                  where a.subscriber_id = s.id and a.area_id = any(string_to_array(?3, ',')))
                      and (not exists (select 1 from subscriber_category c where c.subscriber_id = s.id)
                           or exists (select 1 from subscriber_category c
                                      where c.subscriber_id = s.id and c.category = any(string_to_array(?4, ',')))))
                     or (cast(?5 as boolean) and exists (select 1 from delivery d where d.alert_id = ?6 and d.subscriber_id = s.id)))
              order by s.id
              limit ?7
            ), inserted as (
              insert into delivery (event_id, alert_id, alert_version, kind, subscriber_id, digest, status,
                                    next_attempt_at, queued_at)
              select cast(?8 as bigint), cast(?6 as bigint), cast(?9 as integer), cast(?10 as varchar), b.id,
                     b.cadence = 'DAILY', 'QUEUED',
                     case when b.cadence = 'DAILY' then cast(?11 as timestamptz) else cast(?12 as timestamptz) end,
                     cast(?12 as timestamptz)
              from batch b
              on conflict (alert_id, alert_version, subscriber_id) do nothing
            )
            select count(*), coalesce(max(id), 0) from batch
            """;

    private final EntityManager em;
    private final Alerts alerts;
    private final Clock clock;
    private final SubscriptionConfig config;

    public FanOut(EntityManager em, Alerts alerts, Clock clock, SubscriptionConfig config) {
        this.em = em;
        this.alerts = alerts;
        this.clock = clock;
        this.config = config;
    }

    /** Expands one batch of the oldest pending event; false when no event is waiting. */
    @Transactional
    public boolean step() {
        List<?> events = em.createNativeQuery(TAKE_EVENT).getResultList();
        if (events.isEmpty()) {
            return false;
        }
        Object[] event = (Object[]) events.get(0);
        long eventId = ((Number) event[0]).longValue();
        long alertId = ((Number) event[1]).longValue();
        int version = ((Number) event[2]).intValue();
        AlertChanged.Kind kind = AlertChanged.Kind.valueOf((String) event[3]);
        long cursor = ((Number) event[4]).longValue();
        // To the minute: an event a reporter set off (a withdrawal) is fanned out within a second of it.
        OffsetDateTime now = Minutes.now(clock);
        Optional<PublishedAlert> found = alerts.published(alertId, version);
        if (found.isEmpty()) {
            finish(eventId, now);
            return true;
        }
        PublishedAlert alert = found.get();
        int batch = config.delivery().fanOutBatch();
        OffsetDateTime digestAt = Digests.next(
                now.toInstant(), config.digest().zone(), config.digest().hour());
        Object[] result = (Object[]) em.createNativeQuery(EXPAND)
                .setParameter(1, cursor)
                .setParameter(2, alert.severity().ordinal() + 1)
                .setParameter(3, String.join(",", alert.areas()))
                .setParameter(4, alert.categories().stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter(5, kind != AlertChanged.Kind.ISSUED)
                .setParameter(6, alertId)
                .setParameter(7, batch)
                .setParameter(8, eventId)
                .setParameter(9, version)
                .setParameter(10, kind.name())
                .setParameter(11, digestAt)
                .setParameter(12, now)
                .getSingleResult();
        long count = ((Number) result[0]).longValue();
        if (count < batch) {
            finish(eventId, now);
        } else {
            em.createNativeQuery("update delivery_event set cursor_subscriber = ?1 where id = ?2")
                    .setParameter(1, ((Number) result[1]).longValue())
                    .setParameter(2, eventId)
                    .executeUpdate();
        }
        return true;
    }

    private void finish(long eventId, OffsetDateTime now) {
        em.createNativeQuery("update delivery_event set fanned_out_at = ?1 where id = ?2")
                .setParameter(1, now)
                .setParameter(2, eventId)
                .executeUpdate();
    }
}
