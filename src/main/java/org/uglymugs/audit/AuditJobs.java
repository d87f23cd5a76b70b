package org.uglymugs.audit;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.time.ClusterJobs;

/**
 * The audit log's two jobs: appending held reporter entries once their minute is over, and once a
 * day (one instance per cluster, under a {@link ClusterJobs} lease) publishing a signed digest of
 * the chain's head outside the database: to the log at INFO, and by mail to
 * {@code uglymugs.audit.anchor-mail} (staff accounts carry no address; empty: the log only).
 */
@ApplicationScoped
public class AuditJobs {

    static final String ANCHOR_JOB = "audit-anchor";
    private static final Logger LOG = Logger.getLogger(AuditJobs.class);

    private final AuditLog audit;
    private final AuditHeads heads;
    private final ClusterJobs jobs;
    private final Mailer mailer;
    private final Clock clock;
    private final Duration anchorEvery;
    private final List<String> anchorMail;

    public AuditJobs(
            AuditLog audit,
            AuditHeads heads,
            ClusterJobs jobs,
            Mailer mailer,
            Clock clock,
            @ConfigProperty(name = "uglymugs.audit.anchor.every", defaultValue = "P1D") Duration anchorEvery,
            @ConfigProperty(name = "uglymugs.audit.anchor-mail") Optional<List<String>> anchorMail) {
        this.audit = audit;
        this.heads = heads;
        this.jobs = jobs;
        this.mailer = mailer;
        this.clock = clock;
        this.anchorEvery = anchorEvery;
        this.anchorMail = anchorMail.orElse(List.of()).stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
    }

    @Scheduled(
            every = "${uglymugs.audit.pending.every:20s}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        while (audit.flushPending() > 0) {
            // until every held entry whose minute is over is in the chain
        }
    }

    @Scheduled(
            every = "${uglymugs.audit.anchor.check:PT10M}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        anchorIfDue();
    }

    /** Publishes the head if this instance wins the day's lease; the digest, or empty when another holds it. */
    public Optional<String> anchorIfDue() {
        if (!jobs.claim(ANCHOR_JOB, anchorEvery.minusMinutes(5))) {
            return Optional.empty();
        }
        return Optional.of(anchor());
    }

    /** Publishes the chain's head now (log, mail, an {@code AUDIT_ANCHORED} entry); the digest. */
    public String anchor() {
        OffsetDateTime started = OffsetDateTime.now(clock);
        String digest = QuarkusTransaction.requiringNew().call(() -> {
            String d = heads.current();
            audit.record(
                    "system",
                    AuditAction.AUDIT_ANCHORED,
                    "audit",
                    Map.of("mailed", Integer.toString(anchorMail.size())));
            return d;
        });
        LOG.infof("Audit chain head: %s", digest);
        String outcome = "logged";
        if (!anchorMail.isEmpty()) {
            try {
                mailer.send(Mail.withText(
                                anchorMail.get(0),
                                "Audit chain head " + started.toLocalDate(),
                                "The audit chain's signed head on " + started.toLocalDate() + ":\n\n" + digest
                                        + "\n\nKeep this mail. To check that the chain still holds this head, paste the"
                                        + " line above into \"Check a published head\" on the admin audit page.\n")
                        .setTo(anchorMail));
                outcome = "logged, mailed to " + anchorMail.size();
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Audit chain head not mailed (%s); it is in this log",
                        e.getClass().getSimpleName());
                outcome = "logged, mail failed";
            }
        }
        jobs.finished(ANCHOR_JOB, started, outcome);
        return digest;
    }
}
