package org.uglymugs.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.uglymugs.area.api.AreaAdminView;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;

/** What admins do with areas, each change audited in the same transaction; the API and the admin pages share it. */
@ApplicationScoped
public class AreaAdminService {

    private final AreaService areas;
    private final AuditTrail audit;

    public AreaAdminService(AreaService areas, AuditTrail audit) {
        this.areas = areas;
        this.audit = audit;
    }

    @Transactional
    public AreaAdminView create(String actor, AreaAdminView.NewArea request) {
        AreaAdminView created = areas.create(request);
        audit.record(actor, AuditAction.AREA_CREATED, created.id(), Map.of("name", created.name()));
        return created;
    }

    @Transactional
    public AreaAdminView update(String actor, String id, AreaAdminView.AreaChange change) {
        AreaAdminView updated = areas.update(id, change);
        audit.record(
                actor,
                AuditAction.AREA_CHANGED,
                id,
                Map.of("name", updated.name(), "active", Boolean.toString(updated.active())));
        return updated;
    }

    /** Sets or (blank) clears an area's name on Dutch pages, audited when it changes. */
    @Transactional
    public void setDutchName(String actor, String id, String nameNl) {
        if (areas.setDutchName(id, nameNl)) {
            String shown = nameNl == null ? "" : nameNl.strip();
            audit.record(actor, AuditAction.AREA_CHANGED, id, Map.of("name_nl", shown));
        }
    }
}
