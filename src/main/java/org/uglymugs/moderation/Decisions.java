package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionResult;
import org.uglymugs.moderation.ModerationRecords.DecisionType;
import org.uglymugs.moderation.ModerationRecords.Preview;
import org.uglymugs.moderation.pii.PiiFlag;

/**
 * A moderator's decision on a report (publish, record, reject, ask the reporter) and what follows
 * for its alerts; the work is done in {@link DecisionDesk}'s transactions. The PII check, previews
 * and alert reads are audited there; a PII check, preview, publication or update that is refused
 * (a 4xx other than an unknown report or alert) rolls its transaction back and is then audited
 * here, as a read of the report, in a transaction of its own ({@link RefusalAudit}).
 */
@ApplicationScoped
public class Decisions {

    private final DecisionDesk desk;
    private final RefusalAudit refusals;

    Decisions(DecisionDesk desk, RefusalAudit refusals) {
        this.desk = desk;
        this.refusals = refusals;
    }

    public List<PiiFlag> piiCheck(String actor, String reference, AlertDraft draft) {
        return audited(actor, () -> reference, "pii-check", Map.of(), () -> desk.piiCheck(actor, reference, draft));
    }

    public Preview preview(String actor, String reference, AlertDraft draft) {
        return audited(actor, () -> reference, "preview", Map.of(), () -> desk.preview(actor, reference, draft));
    }

    public DecisionResult decide(String actor, String reference, Decision decision) {
        if (decision.decision() != DecisionType.PUBLISH) {
            return desk.decide(actor, reference, decision);
        }
        return audited(actor, () -> reference, "publish", Map.of(), () -> desk.decide(actor, reference, decision));
    }

    /** An alert for the pages' own use (the form behind a page that audits its own read). */
    public AlertView alert(long id) {
        return desk.alert(id);
    }

    /** An alert read by staff, with its history: audited. */
    public AlertView viewAlert(String actor, long id) {
        return desk.viewAlert(actor, id);
    }

    /** A new version of the alert, through the same gate as the first. */
    public AlertView updateAlert(String actor, long id, AlertDraft draft, List<String> override) {
        return audited(
                actor,
                () -> desk.referenceOfAlert(id),
                "alert-update",
                Map.of("alert", Long.toString(id)),
                () -> desk.updateAlert(actor, id, draft, override));
    }

    public AlertView retractAlert(String actor, long id, String reason) {
        return desk.retractAlert(actor, id, reason);
    }

    private <T> T audited(
            String actor, Supplier<String> reference, String via, Map<String, String> more, Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException refusal) {
            if (refusal.problem().status() != 404) {
                refusals.refused(actor, reference.get(), via, refusal, more);
            }
            throw refusal;
        }
    }
}
