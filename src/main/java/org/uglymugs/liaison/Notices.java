package org.uglymugs.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.liaison.LiaisonRecords.NoticeView;
import org.uglymugs.report.api.ReportEvents;

/**
 * Withdrawal reaches the police: when a reporter withdraws policeIntel consent or erases the report
 * (synchronous events of the report feature, in the reporter's transaction), every officer who
 * viewed, exported or read the contact of that record gets a notice on their dashboard: consent was
 * withdrawn for reference X, delete local copies. The record has already left every liaison view,
 * because the report feature no longer shares it. Staff accounts hold no email address, so the
 * notice is not mailed. Acknowledgements are audited; admins see what is still unacknowledged.
 */
@ApplicationScoped
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class);

    private final AuditTrail audit;
    private final Clock clock;

    Notices(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void onConsentsChanged(@Observes ReportEvents.ConsentsChanged change) {
        if (Boolean.TRUE.equals(change.before().policeIntel())
                && !Boolean.TRUE.equals(change.after().policeIntel())) {
            notifyHolders(change.reference(), NoticeReason.CONSENT_WITHDRAWN);
        }
    }

    void onErased(@Observes ReportEvents.Erased erased) {
        notifyHolders(erased.reference(), NoticeReason.ERASED);
    }

    private void notifyHolders(String reference, NoticeReason reason) {
        // To the minute, like every other time a reporter's own action sets.
        OffsetDateTime at = Minutes.now(clock);
        List<Object[]> holders = LiaisonAccess.holders(reference);
        for (Object[] holder : holders) {
            LiaisonNotice notice = new LiaisonNotice();
            notice.staffId = (Long) holder[0];
            notice.username = (String) holder[1];
            notice.reference = reference;
            notice.reason = reason;
            notice.createdAt = at;
            notice.persist();
        }
        if (!holders.isEmpty()) {
            LOG.debug("Withdrawal notices created");
        }
    }

    @Transactional
    public List<NoticeView> mine(StaffPrincipal officer) {
        return LiaisonNotice.<LiaisonNotice>list("staffId = ?1 order by createdAt desc, id desc", officer.staffId())
                .stream()
                .map(Notices::view)
                .toList();
    }

    @Transactional
    public NoticeView acknowledge(StaffPrincipal officer, long id) {
        LiaisonNotice notice = LiaisonNotice.<LiaisonNotice>find("id = ?1 and staffId = ?2", id, officer.staffId())
                .firstResultOptional()
                .orElseThrow(NoticeNotFound::forId);
        if (notice.acknowledgedAt == null) {
            notice.acknowledgedAt = OffsetDateTime.now(clock);
            audit.record(
                    officer.username(),
                    AuditAction.LIAISON_NOTICE_ACKNOWLEDGED,
                    notice.reference,
                    Map.of("notice", Long.toString(id)));
        }
        return view(notice);
    }

    /** For admins: every notice no officer has acknowledged yet, oldest first. */
    @Transactional
    public List<NoticeView> unacknowledged() {
        return LiaisonNotice.<LiaisonNotice>list("acknowledgedAt is null order by createdAt, id").stream()
                .map(Notices::view)
                .toList();
    }

    private static NoticeView view(LiaisonNotice n) {
        return new NoticeView(n.id, n.username, n.reference, n.reason, n.createdAt, n.acknowledgedAt);
    }
}
