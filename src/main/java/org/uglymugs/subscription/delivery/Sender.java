package org.uglymugs.subscription.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.subscription.SubscriptionConfig;
import org.uglymugs.subscription.SubscriptionService;
import org.uglymugs.subscription.SubscriptionTokens;
import org.uglymugs.subscription.mail.MailComposer;
import org.uglymugs.subscription.mail.MailItem;
import org.uglymugs.subscription.mail.Recipient;

/**
 * Takes due deliveries with {@code FOR UPDATE SKIP LOCKED}, sends them over the mailer's pooled SMTP
 * connections all at once, and marks them, in one transaction: two senders never hold the same row,
 * and a crash before the commit leaves the rows queued, to be sent again with the same Message-ID.
 * Failures wait base × 2^(tries−1) (capped) × a random 50–100 %; after the last try, FAILED.
 */
@ApplicationScoped
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class);

    private static final String COLUMNS =
            "select d.id, d.alert_id, d.alert_version, d.kind, d.subscriber_id, d.digest, "
                    + "s.email_sealed, s.language, s.discreet, s.token_generation, "
                    + "s.manage_token_sealed, s.unsubscribe_token_sealed "
                    + "from delivery d join subscriber s on s.id = d.subscriber_id "
                    + "where d.status = 'QUEUED' and d.next_attempt_at <= ?1 ";
    private static final String TAKE =
            COLUMNS + "order by d.next_attempt_at, d.subscriber_id, d.id limit ?2 for update of d skip locked";
    private static final String REST_OF_DIGEST =
            COLUMNS + "and d.digest and d.subscriber_id = ?2 order by d.id for update of d skip locked";
    private static final String SENT = "update delivery set status = 'SENT', sent_at = ?1, attempts = attempts + 1, "
            + "last_error = null where id = any(string_to_array(?2, ',')::bigint[])";
    private static final String FAILED = "update delivery set attempts = attempts + 1, "
            + "status = case when attempts + 1 >= ?1 then 'FAILED' else 'QUEUED' end, "
            + "next_attempt_at = " + MailSends.NEXT_ATTEMPT
            + ", last_error = cast(?5 as varchar) where id = any(string_to_array(?6, ',')::bigint[]) returning status";

    private final EntityManager em;
    private final MailSends sends;
    private final MailComposer composer;
    private final Alerts alerts;
    private final FieldCipher cipher;
    private final SubscriptionTokens tokens;
    private final SubscriptionConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public Sender(
            EntityManager em,
            MailSends sends,
            MailComposer composer,
            Alerts alerts,
            FieldCipher cipher,
            SubscriptionTokens tokens,
            SubscriptionConfig config,
            DeliveryMetrics metrics,
            Clock clock) {
        this.em = em;
        this.sends = sends;
        this.composer = composer;
        this.alerts = alerts;
        this.cipher = cipher;
        this.tokens = tokens;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    private record Row(long id, long alertId, int version, AlertChanged.Kind kind, boolean digest, Recipient to) {}

    private record Outgoing(List<Long> ids, Mail mail) {}

    /** Sends one batch of due deliveries; the number of deliveries it took (0: nothing was due). */
    public int sendBatch() {
        return sendBatch(config.delivery().batchSize());
    }

    /** Sends at most {@code limit} due deliveries (more only to finish one subscriber's digest). */
    public int sendBatch(int limit) {
        int timeout = (int) Math.max(10, config.delivery().sendTimeout().toSeconds() * 2);
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> takeAndSend(limit));
    }

    private int takeAndSend(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Row> rows = rows(em.createNativeQuery(TAKE)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList());
        if (rows.isEmpty()) {
            return 0;
        }
        Row last = rows.get(rows.size() - 1);
        if (last.digest()) {
            // The rest of that subscriber's digest, so the digest goes out whole, as one mail.
            Set<Long> taken = rows.stream().map(Row::id).collect(Collectors.toSet());
            rows(em.createNativeQuery(REST_OF_DIGEST)
                            .setParameter(1, now)
                            .setParameter(2, last.to().subscriberId())
                            .getResultList())
                    .stream()
                    .filter(r -> !taken.contains(r.id()))
                    .forEach(rows::add);
        }
        List<Outgoing> outgoing = compose(rows);
        // Sent with the transaction suspended (the rows stay locked): the mailer's callbacks run on
        // the event loop, and a transaction propagated there would be shared by concurrent senders.
        List<Throwable> outcomes = QuarkusTransaction.suspendingExisting()
                .call(() -> sends.sendAll(outgoing.stream().map(Outgoing::mail).toList()));
        mark(outgoing, outcomes, now);
        return rows.size();
    }

    private List<Outgoing> compose(List<Row> rows) {
        Map<String, Optional<PublishedAlert>> content = new HashMap<>();
        List<Outgoing> out = new ArrayList<>();
        Map<Long, List<Row>> digests = new LinkedHashMap<>();
        List<Long> gone = new ArrayList<>();
        for (Row row : rows) {
            if (row.digest()) {
                digests.computeIfAbsent(row.to().subscriberId(), k -> new ArrayList<>())
                        .add(row);
                continue;
            }
            Optional<PublishedAlert> alert = content(content, row);
            if (alert.isEmpty()) {
                gone.add(row.id());
                continue;
            }
            String key = tokens.messageKey("alert:" + row.alertId() + ":" + row.version() + ":"
                    + row.to().subscriberId());
            out.add(new Outgoing(List.of(row.id()), composer.alert(row.to(), alert.get(), row.kind(), key)));
        }
        for (List<Row> digest : digests.values()) {
            Recipient to = digest.get(0).to();
            // One line per alert: its latest version in this digest.
            Map<Long, Row> latest = new LinkedHashMap<>();
            for (Row row : digest) {
                latest.merge(row.alertId(), row, (a, b) -> a.version() >= b.version() ? a : b);
            }
            List<MailItem> items = latest.values().stream()
                    .sorted(Comparator.comparingLong(Row::alertId).reversed())
                    .flatMap(r -> content(content, r).map(a -> composer.item(to, a, r.kind())).stream())
                    .toList();
            List<Long> ids = digest.stream().map(Row::id).toList();
            if (items.isEmpty()) {
                gone.addAll(ids);
                continue;
            }
            long first = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
            String key = tokens.messageKey("digest:" + to.subscriberId() + ":" + first);
            out.add(new Outgoing(ids, composer.digest(to, items, key)));
        }
        if (!gone.isEmpty()) {
            // The alert was erased with its report meanwhile: nothing left to deliver.
            out.add(new Outgoing(gone, null));
        }
        return out;
    }

    private void mark(List<Outgoing> outgoing, List<Throwable> outcomes, OffsetDateTime now) {
        List<Long> sent = new ArrayList<>();
        Map<String, List<Long>> failed = new HashMap<>();
        int mails = 0;
        for (int i = 0; i < outgoing.size(); i++) {
            Outgoing o = outgoing.get(i);
            Throwable failure = outcomes.get(i);
            if (failure == null) {
                sent.addAll(o.ids());
                mails += o.mail() == null ? 0 : 1;
            } else {
                failed.computeIfAbsent(MailSends.label(failure), k -> new ArrayList<>())
                        .addAll(o.ids());
            }
        }
        if (!sent.isEmpty()) {
            em.createNativeQuery(SENT)
                    .setParameter(1, now)
                    .setParameter(2, join(sent))
                    .executeUpdate();
            metrics.sent(mails);
        }
        for (Map.Entry<String, List<Long>> f : failed.entrySet()) {
            List<?> statuses = em.createNativeQuery(FAILED)
                    .setParameter(1, config.delivery().maxAttempts())
                    .setParameter(2, now)
                    .setParameter(3, sends.backoffMaxSeconds())
                    .setParameter(4, sends.backoffBaseSeconds())
                    .setParameter(5, f.getKey())
                    .setParameter(6, join(f.getValue()))
                    .getResultList();
            long gaveUp = statuses.stream().filter("FAILED"::equals).count();
            metrics.failed(gaveUp);
            LOG.warnf(
                    "%d deliveries not sent (%s), %d of them now FAILED",
                    f.getValue().size(), f.getKey(), gaveUp);
        }
    }

    private List<Row> rows(List<?> result) {
        List<Row> rows = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            long subscriberId = ((Number) r[4]).longValue();
            Recipient to = new Recipient(
                    subscriberId,
                    cipher.open((byte[]) r[6], SubscriptionService.emailCell(subscriberId)),
                    (String) r[7],
                    (Boolean) r[8],
                    ((Number) r[9]).longValue(),
                    r[10] == null
                            ? null
                            : cipher.open((byte[]) r[10], SubscriptionService.manageTokenCell(subscriberId)),
                    r[11] == null
                            ? null
                            : cipher.open((byte[]) r[11], SubscriptionService.unsubscribeTokenCell(subscriberId)));
            rows.add(new Row(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    AlertChanged.Kind.valueOf((String) r[3]),
                    (Boolean) r[5],
                    to));
        }
        return rows;
    }

    private Optional<PublishedAlert> content(Map<String, Optional<PublishedAlert>> cache, Row row) {
        return cache.computeIfAbsent(
                row.alertId() + ":" + row.version(), k -> alerts.published(row.alertId(), row.version()));
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
