package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Set;
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

    ReportViews(SealedJson sealed, FieldCipher cipher, Instance<PublishedAbout> published) {
        this.sealed = sealed;
        this.cipher = cipher;
        this.published = published;
    }

    MyReportView forReporter(Report report) {
        return new MyReportView(
                report.reference,
                report.status,
                report.categories.stream().sorted().toList(),
                ConsentMapping.of(report),
                report.contactSealed != null,
                incidents(report),
                messages(report),
                report.submittedAt,
                report.updatedAt,
                published.isResolvable() ? published.get().live(report.id) : List.of());
    }

    ReportDetail forModerator(Report r, List<LinkedReport> linked) {
        return new ReportDetail(
                r.reference,
                r.status,
                r.riskLevel,
                r.categories.stream().sorted().toList(),
                new OccurredAt(r.occurredOn, r.occurredFrom, r.occurredTo),
                r.area,
                r.setting,
                cipher.open(r.locationSealed, Sealed.LOCATION),
                cipher.open(r.accountSealed, Sealed.ACCOUNT),
                sealed.open(r.descriptionSealed, PerpetratorDescription.class, Sealed.DESCRIPTION),
                r.identifiers.stream().map(this::identifierView).toList(),
                sealed.open(r.riskSealed, RiskAnswers.class, Sealed.RISK),
                ConsentMapping.of(r),
                null, // the contact only through Reports.contact, revealed on purpose and audited
                r.language,
                r.submittedAt,
                r.updatedAt,
                incidents(r),
                messages(r),
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
                r.occurredOn,
                r.submittedAt,
                linkedReports);
    }

    ReportSummary summary(Report r) {
        return new ReportSummary(
                r.id, r.reference, r.status, r.riskLevel, ConsentMapping.of(r), r.area, Set.copyOf(r.categories));
    }

    NormalisedIdentifier identifier(ReportIdentifier row) {
        return sealed.open(row.valueSealed, NormalisedIdentifier.class, Sealed.IDENTIFIER);
    }

    ContactDetails contact(Report r) {
        return sealed.open(r.contactSealed, ContactDetails.class, Sealed.CONTACT);
    }

    PerpetratorDescription description(Report r) {
        return sealed.open(r.descriptionSealed, PerpetratorDescription.class, Sealed.DESCRIPTION);
    }

    Intelligence intelligence(Report r) {
        return r.intelSealed == null ? null : sealed.open(r.intelSealed, Intelligence.class, Sealed.INTEL);
    }

    private IdentifierView identifierView(ReportIdentifier row) {
        NormalisedIdentifier id = identifier(row);
        return new IdentifierView(row.id, id.type(), id.value(), id.platform());
    }

    private List<IncidentView> incidents(Report report) {
        return report.incidents.stream()
                .map(i ->
                        new IncidentView(sealed.open(i.detailsSealed, IncidentInput.class, Sealed.INCIDENT), i.addedAt))
                .toList();
    }

    private List<MessageView> messages(Report report) {
        return report.messages.stream()
                .map(m -> new MessageView(m.author, cipher.open(m.bodySealed, Sealed.MESSAGE), m.sentAt))
                .toList();
    }
}
