package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
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
    private final FormTokens tokens;
    private final Clock clock;

    ReportService(
            RiskAssessor risk,
            ReceiptKeys receipts,
            References references,
            FieldCipher cipher,
            SealedJson sealed,
            IdentifierHashes hashes,
            FormTokens tokens,
            Clock clock) {
        this.risk = risk;
        this.receipts = receipts;
        this.references = references;
        this.cipher = cipher;
        this.sealed = sealed;
        this.hashes = hashes;
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
        report.reference = references.next();
        report.receiptHash = receipts.hashOf(receipt);
        report.status = ReportStatus.SUBMITTED;
        report.categories.addAll(s.categories());
        report.riskLevel = risk.assess(s.categories(), s.risk());
        report.occurredOn = s.occurredAt().date();
        report.occurredFrom = s.occurredAt().from();
        report.occurredTo = s.occurredAt().to();
        report.area = s.area();
        report.setting = s.setting();
        report.accountSealed = cipher.seal(s.account(), Sealed.ACCOUNT);
        report.locationSealed = cipher.seal(blankToNull(s.locationText()), Sealed.LOCATION);
        report.descriptionSealed = sealed.seal(s.description(), Sealed.DESCRIPTION);
        report.riskSealed = sealed.seal(s.risk(), Sealed.RISK);
        report.contactSealed = sealed.seal(checked.contact(), Sealed.CONTACT);
        ConsentMapping.apply(s.consents(), report);
        report.language = s.language() == null ? "en" : s.language();
        // Minutes are enough to order the queue; a coarse time is harder to match to a network log.
        report.submittedAt = Minutes.now(clock);
        report.updatedAt = report.submittedAt;
        for (NormalisedIdentifier id : checked.identifiers()) {
            ReportIdentifier row = new ReportIdentifier();
            row.report = report;
            row.type = id.type();
            row.valueSealed = sealed.seal(id, Sealed.IDENTIFIER);
            row.valueHash = hashes.of(id);
            report.identifiers.add(row);
        }
        report.persist();
        // No reference and no precise time tie a log line to a report: the platform must never out a worker.
        LOG.debug("Report received");
        return new ReportReceipt(report.reference, receipt, report.status);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
