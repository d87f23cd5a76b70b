package org.uglymugs.subscription.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.uglymugs.common.time.DbTimes;

/**
 * Delivery metrics on /q/metrics: mails sent and deliveries given up (counters, this instance),
 * deliveries queued and FAILED, and the age of the oldest queued immediate delivery (gauges, from
 * the database, refreshed every few seconds). Nothing here is about any one subscriber.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final EntityManager em;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong failedNow = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    public DeliveryMetrics(MeterRegistry registry, EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.sent = Counter.builder("uglymugs.deliveries.sent")
                .description("Alert mails sent")
                .register(registry);
        this.failed = Counter.builder("uglymugs.deliveries.failed")
                .description("Deliveries given up after the last try")
                .register(registry);
        Gauge.builder("uglymugs.deliveries.queued", queued, AtomicLong::get)
                .description("Deliveries waiting to be sent (digests included)")
                .register(registry);
        Gauge.builder("uglymugs.deliveries.failed.current", failedNow, AtomicLong::get)
                .description("Deliveries in FAILED, waiting for an admin")
                .register(registry);
        Gauge.builder("uglymugs.deliveries.oldest.queued.age", oldestSeconds, AtomicLong::get)
                .description("Seconds the oldest queued immediate delivery has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    void sent(long mails) {
        sent.increment(mails);
    }

    void failed(long deliveries) {
        failed.increment(deliveries);
    }

    @Scheduled(every = "${uglymugs.subscriptions.delivery.metrics-every:10s}")
    @Transactional
    public void refresh() {
        Object[] r = (Object[]) em.createNativeQuery("select count(*) filter (where status = 'QUEUED'), "
                        + "count(*) filter (where status = 'FAILED'), "
                        + "min(queued_at) filter (where status = 'QUEUED' and not digest) from delivery")
                .getSingleResult();
        queued.set(((Number) r[0]).longValue());
        failedNow.set(((Number) r[1]).longValue());
        OffsetDateTime oldest = DbTimes.utc(r[2]);
        oldestSeconds.set(
                oldest == null
                        ? 0
                        : Math.max(
                                0,
                                Duration.between(oldest, OffsetDateTime.now(clock))
                                        .toSeconds()));
    }
}
