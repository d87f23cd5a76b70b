package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.retention.RetentionStep;
import org.uglymugs.report.api.ReportStatus;

/** Reports go when their keeping time after the last activity is over: rejected ones soon, decided ones later. */
final class ReportRetention {

    private ReportRetention() {}

    @ApplicationScoped
    static class Rejected implements RetentionStep {

        private final ReportExpiry expiry;
        private final Duration keep;

        Rejected(ReportExpiry expiry, @ConfigProperty(name = "uglymugs.retention.rejected-reports") Duration keep) {
            this.expiry = expiry;
            this.keep = keep;
        }

        @Override
        public String kind() {
            return "rejected-reports";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public String countedFrom() {
            return "the report's last activity";
        }

        @Override
        public int deleteExpired(OffsetDateTime cutoff, int limit) {
            return expiry.delete(List.of(ReportStatus.REJECTED), cutoff, limit);
        }
    }

    @ApplicationScoped
    static class Decided implements RetentionStep {

        private final ReportExpiry expiry;
        private final Duration keep;

        Decided(ReportExpiry expiry, @ConfigProperty(name = "uglymugs.retention.decided-reports") Duration keep) {
            this.expiry = expiry;
            this.keep = keep;
        }

        @Override
        public String kind() {
            return "decided-reports";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public String countedFrom() {
            return "the report's last activity (recorded or published, with its alerts)";
        }

        @Override
        public int deleteExpired(OffsetDateTime cutoff, int limit) {
            return expiry.delete(List.of(ReportStatus.RECORDED, ReportStatus.PUBLISHED), cutoff, limit);
        }
    }
}
