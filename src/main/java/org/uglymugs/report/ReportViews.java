package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Set;
import org.uglymugs.common.crypto.DataKey;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IdentifierView;
import org.uglymugs.report.api.IncidentInput;
import org.uglymugs.report.api.IncidentView;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.LinkedReport;
import org.uglymugs.report.api.MessageView;
import org.uglymugs.report.api.MyReportView;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.OccurredAt;
import org.uglymugs.report.api.PerpetratorDescription;
import org.uglymugs.report.api.PublishedAbout;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.ReportSummary;
import org.uglymugs.report.api.RiskAnswers;

/**
 * The report feature's one mapper: turns report entities into the records that leave it (the
 * reporter's view, the moderator's, a queue line, the handle other features hold), opening sealed
 * fields as needed.
 */
@ApplicationScoped
class ReportViews {

    private final SealedJson sealed;
    private final FieldCipher cipher;
    private final Instance<PublishedAbout> published;
    private final ReportKeys keys;

    ReportViews(SealedJson sealed, FieldCipher cipher, Instance<PublishedAbout> published, ReportKeys keys) {
        this.sealed = sealed;
        this.cipher = cipher;
        this.published = published;
        this.keys = keys;
    }

    MyReportView forReporter(Report report) {
        DataKey key = keys.of(report);
        return new MyReportView(
                report.reference,
                report.status,
                report.categories.stream().sorted().toList(),
                ConsentMapping.of(report),
                report.contactSealed != null,
                incidents(report, key),
                messages(report, key),
                report.submittedAt,
                report.updatedAt,
                published.isResolvable() ? published.get().live(report.id) : List.of());
    }

    ReportDetail forModerator(Report r, List<LinkedReport> linked) {
        DataKey key = keys.of(r);
        return new ReportDetail(
                r.reference,
                r.status,
                r.riskLevel,
                r.categories.stream().sorted().toList(),
                occurred(r, key),
                r.area,
                r.setting,
                cipher.open(r.locationSealed, key, Sealed.LOCATION.at(r.id)),
                cipher.open(r.accountSealed, key, Sealed.ACCOUNT.at(r.id)),
                sealed.open(r.descriptionSealed, PerpetratorDescription.class, key, Sealed.DESCRIPTION.at(r.id)),
                r.identifiers.stream().map(i -> identifierView(i, key)).toList(),
                sealed.open(r.riskSealed, RiskAnswers.class, key, Sealed.RISK.at(r.id)),
                ConsentMapping.of(r),
                null, // the contact only through Reports.contact, revealed on purpose and audited
                r.language,
                r.submittedAt,
                r.updatedAt,
                incidents(r, key),
                messages(r, key),
                linked);
    }

    QueueItem queueItem(Report r, long linkedReports) {
        return new QueueItem(
                r.reference,
                r.status,
                r.riskLevel,
                r.categories.stream().sorted().toList(),
                r.area,
                r.setting,
                occurred(r, keys.of(r)).date(),
                r.submittedAt,
                linkedReports);
    }

    ReportSummary summary(Report r) {
        return new ReportSummary(
                r.id, r.reference, r.status, r.riskLevel, ConsentMapping.of(r), r.area, Set.copyOf(r.categories));
    }

    NormalisedIdentifier identifier(ReportIdentifier row) {
        return identifier(row, keys.of(row.report));
    }

    /** When it happened: sealed, opened for display only. */
    OccurredAt occurred(Report r) {
        return occurred(r, keys.of(r));
    }

    ContactDetails contact(Report r) {
        return contact(r, keys.of(r));
    }

    PerpetratorDescription description(Report r) {
        return sealed.open(r.descriptionSealed, PerpetratorDescription.class, keys.of(r), Sealed.DESCRIPTION.at(r.id));
    }

    Intelligence intelligence(Report r) {
        return r.intelSealed == null
                ? null
                : sealed.open(r.intelSealed, Intelligence.class, keys.of(r), Sealed.INTEL.at(r.id));
    }

    private OccurredAt occurred(Report r, DataKey key) {
        return sealed.open(r.occurredSealed, OccurredAt.class, key, Sealed.OCCURRED.at(r.id));
    }

    private ContactDetails contact(Report r, DataKey key) {
        return sealed.open(r.contactSealed, ContactDetails.class, key, Sealed.CONTACT.at(r.id));
    }

    private NormalisedIdentifier identifier(ReportIdentifier row, DataKey key) {
        return sealed.open(row.valueSealed, NormalisedIdentifier.class, key, Sealed.IDENTIFIER.at(row.id));
    }

    private IdentifierView identifierView(ReportIdentifier row, DataKey key) {
        NormalisedIdentifier id = identifier(row, key);
        return new IdentifierView(row.id, id.type(), id.value(), id.platform());
    }

    private List<IncidentView> incidents(Report report, DataKey key) {
        return report.incidents.stream()
                .map(i -> new IncidentView(
                        sealed.open(i.detailsSealed, IncidentInput.class, key, Sealed.INCIDENT.at(i.id)), i.addedAt))
                .toList();
    }

    private List<MessageView> messages(Report report, DataKey key) {
        return report.messages.stream()
                .map(m -> new MessageView(m.author, cipher.open(m.bodySealed, key, Sealed.MESSAGE.at(m.id)), m.sentAt))
                .toList();
    }
}
