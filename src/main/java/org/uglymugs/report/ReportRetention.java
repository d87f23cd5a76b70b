package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.retention.KeptStep;
import org.uglymugs.report.api.ReportStatus;

/** Reports go when their keeping time after the last activity is over: rejected ones soon, decided ones later. */
final class ReportRetention {

    private ReportRetention() {}

    @ApplicationScoped
    static class Rejected extends KeptStep {

        private final ReportExpiry expiry;

        Rejected(ReportExpiry expiry, @ConfigProperty(name = "uglymugs.retention.rejected-reports") Duration keep) {
            super("rejected-reports", keep, "the report's last activity");
            this.expiry = expiry;
        }

        @Override
        public int deleteExpired(OffsetDateTime cutoff, int limit) {
            return expiry.delete(List.of(ReportStatus.REJECTED), cutoff, limit);
        }
    }

    @ApplicationScoped
    static class Decided extends KeptStep {

        private final ReportExpiry expiry;

        Decided(ReportExpiry expiry, @ConfigProperty(name = "uglymugs.retention.decided-reports") Duration keep) {
            super("decided-reports", keep, "the report's last activity (recorded or published, with its alerts)");
            this.expiry = expiry;
        }

        @Override
        public int deleteExpired(OffsetDateTime cutoff, int limit) {
            return expiry.delete(List.of(ReportStatus.RECORDED, ReportStatus.PUBLISHED), cutoff, limit);
        }
    }
}
