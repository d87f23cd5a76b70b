package org.uglymugs.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.report.api.IncidentInput;
import org.uglymugs.report.api.IncidentView;
import org.uglymugs.report.api.MessageView;
import org.uglymugs.report.api.MyReportView;
import org.uglymugs.report.domain.Report;
import org.uglymugs.report.domain.Sealed;

/** Turns report entities into the records that go on the wire, opening sealed fields as needed. */
@ApplicationScoped
public class ReportViews {

    private final SealedJson sealed;
    private final FieldCipher cipher;

    public ReportViews(SealedJson sealed, FieldCipher cipher) {
        this.sealed = sealed;
        this.cipher = cipher;
    }

    public MyReportView forReporter(Report report) {
        List<IncidentView> incidents = report.incidents.stream()
                .map(i ->
                        new IncidentView(sealed.open(i.detailsSealed, IncidentInput.class, Sealed.INCIDENT), i.addedAt))
                .toList();
        List<MessageView> messages = report.messages.stream()
                .map(m -> new MessageView(m.author, cipher.open(m.bodySealed, Sealed.MESSAGE), m.sentAt))
                .toList();
        return new MyReportView(
                report.reference,
                report.status,
                report.categories.stream().sorted().toList(),
                ConsentMapping.of(report),
                report.contactSealed != null,
                incidents,
                messages,
                report.submittedAt,
                report.updatedAt);
    }
}
