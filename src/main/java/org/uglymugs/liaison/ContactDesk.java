package org.uglymugs.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.liaison.LiaisonRecords.ContactView;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.ReportEvents;

/**
 * The reporter's own contact details for police, only when they gave both policeIntel and
 * policeContactMe consent; otherwise the same 404 as a missing report. Every reveal is audited and
 * kept in the officer's access history; the "contacted" mark is audited too.
 */
@ApplicationScoped
public class ContactDesk {

    private final Reports reports;
    private final IntelDesk desk;
    private final AuditTrail audit;
    private final Clock clock;

    ContactDesk(Reports reports, IntelDesk desk, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ContactView contact(StaffPrincipal officer, String reference) {
        ContactDetails contact = details(officer, reference);
        desk.record(officer, reference, AccessKind.CONTACT_VIEWED);
        audit.record(officer.username(), AuditAction.LIAISON_CONTACT_VIEWED, reference, Map.of());
        ContactMark mark = ContactMark.findById(reference);
        return new ContactView(
                reference,
                contact.name(),
                contact.phone(),
                contact.email(),
                contact.safeTimes(),
                mark == null ? null : mark.username,
                mark == null ? null : mark.contactedAt);
    }

    @Transactional
    public void markContacted(StaffPrincipal officer, String reference) {
        details(officer, reference);
        ContactMark mark = ContactMark.findById(reference);
        if (mark == null) {
            mark = new ContactMark();
            mark.reference = reference;
        }
        mark.staffId = officer.staffId();
        mark.username = officer.username();
        mark.contactedAt = OffsetDateTime.now(clock);
        mark.persist();
        desk.record(officer, reference, AccessKind.CONTACTED);
        audit.record(officer.username(), AuditAction.LIAISON_CONTACT_MARKED, reference, Map.of());
    }

    /** Of these records, the ones whose reporter asked for police contact and no one has marked contacted. */
    @Transactional
    public List<IntelItem> open(List<IntelItem> items) {
        return items.stream()
                .filter(IntelItem::contactAvailable)
                .filter(i -> ContactMark.findById(i.reference()) == null)
                .toList();
    }

    private ContactDetails details(StaffPrincipal officer, String reference) {
        return reports.intelContact(reference, officer.areas()).orElseThrow(IntelNotFound::forReference);
    }

    /** A mark outlives neither the report nor the consent it was for. */
    void onConsentsChanged(@Observes ReportEvents.ConsentsChanged change) {
        if (!Boolean.TRUE.equals(change.after().policeContactMe())
                || !Boolean.TRUE.equals(change.after().policeIntel())) {
            ContactMark.deleteById(change.reference());
        }
    }

    void onErased(@Observes ReportEvents.Erased erased) {
        ContactMark.deleteById(erased.reference());
    }
}
