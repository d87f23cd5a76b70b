package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.DataKey;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.ReportReceipt;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.ReportSubmission;

/** Takes in new anonymous reports. */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final RiskAssessor risk;
    private final ReceiptKeys receipts;
    private final References references;
    private final FieldCipher cipher;
    private final SealedJson sealed;
    private final IdentifierHashes hashes;
    private final RandomIds ids;
    private final ReportKeys keys;
    private final FormTokens tokens;
    private final Clock clock;

    ReportService(
            RiskAssessor risk,
            ReceiptKeys receipts,
            References references,
            FieldCipher cipher,
            SealedJson sealed,
            IdentifierHashes hashes,
            RandomIds ids,
            ReportKeys keys,
            FormTokens tokens,
            Clock clock) {
        this.risk = risk;
        this.receipts = receipts;
        this.references = references;
        this.cipher = cipher;
        this.sealed = sealed;
        this.hashes = hashes;
        this.ids = ids;
        this.keys = keys;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Stores a submission that passed {@link ReportChecks#check}; callers check first, then rate-limit. */
    @RateLimited(RateLimiter.Kind.REPORTS)
    @Transactional
    public ReportReceipt submit(CheckedSubmission checked) {
        return submit(checked, null);
    }

    /**
     * Stores a submission sent with the page form's one-time token (or none), in one transaction
     * with the token: a submission that fails while being stored leaves the token unused, so the
     * same form can be sent again, and a used token always means its report was stored.
     *
     * @throws FormAlreadySent when this form's report was stored already (Back, Reload)
     */
    @RateLimited(RateLimiter.Kind.REPORTS)
    @Transactional
    public ReportReceipt submit(CheckedSubmission checked, String formToken) {
        if (formToken != null && !tokens.claim(formToken)) {
            throw new FormAlreadySent();
        }
        ReportSubmission s = checked.submission();
        String receipt = receipts.generate();

        Report report = new Report();
        report.id = ids.next("report");
        DataKey key = keys.fresh();
        report.reference = references.next();
        report.receiptHash = receipts.hashOf(receipt);
        report.receiptKeyId = receipts.activeKeyId();
        report.identifiersKeyId = hashes.activeKeyId();
        report.status = ReportStatus.SUBMITTED;
        report.categories.addAll(s.categories());
        report.riskLevel = risk.assess(s.categories(), s.risk());
        report.occurredSealed = sealed.seal(s.occurredAt(), key, Sealed.OCCURRED.at(report.id));
        report.area = s.area();
        report.setting = s.setting();
        report.accountSealed = cipher.seal(s.account(), key, Sealed.ACCOUNT.at(report.id));
        report.locationSealed = cipher.seal(blankToNull(s.locationText()), key, Sealed.LOCATION.at(report.id));
        report.descriptionSealed = sealed.seal(s.description(), key, Sealed.DESCRIPTION.at(report.id));
        report.riskSealed = sealed.seal(s.risk(), key, Sealed.RISK.at(report.id));
        report.contactSealed = sealed.seal(checked.contact(), key, Sealed.CONTACT.at(report.id));
        ConsentMapping.apply(s.consents(), report);
        report.language = s.language() == null ? "en" : s.language();
        // Minutes are enough to order the queue; a coarse time is harder to match to a network log.
        report.submittedAt = Minutes.now(clock);
        report.updatedAt = report.submittedAt;
        long[] rowIds = checked.identifiers().isEmpty()
                ? new long[0]
                : ids.next("report_identifier", checked.identifiers().size());
        for (NormalisedIdentifier id : checked.identifiers()) {
            ReportIdentifier row = new ReportIdentifier();
            row.id = rowIds[report.identifiers.size()];
            row.ordinal = report.identifiers.size();
            row.report = report;
            row.type = id.type();
            row.valueSealed = sealed.seal(id, key, Sealed.IDENTIFIER.at(row.id));
            row.valueHash = hashes.of(id);
            report.identifiers.add(row);
        }
        report.persist();
        keys.store(report, key);
        // No reference and no precise time tie a log line to a report: the platform must never out a worker.
        LOG.debug("Report received");
        return new ReportReceipt(report.reference, receipt, report.status);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
