package org.uglymugs.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uglymugs.area.api.AreaAdminView;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.error.ProblemException;

/** The door to areas for other features. */
@ApplicationScoped
public class AreaService {

    public List<AreaView> active() {
        return Area.<Area>list("active = true order by sortOrder, name").stream()
                .map(AreaService::view)
                .toList();
    }

    public Optional<AreaView> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Area.<Area>findByIdOptional(id).filter(a -> a.active).map(AreaService::view);
    }

    public boolean isActive(String id) {
        return find(id).isPresent();
    }

    /** True for any configured area, active or not. */
    public boolean exists(String id) {
        return id != null && Area.findByIdOptional(id).isPresent();
    }

    public List<AreaAdminView> all() {
        return Area.<Area>list("order by sortOrder, name").stream()
                .map(AreaService::adminView)
                .toList();
    }

    /** Every area's name by id, active or not, in the areas' order. */
    public AreaNames names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (AreaAdminView area : all()) {
            names.put(area.id(), area.name());
        }
        return new AreaNames(Collections.unmodifiableMap(names));
    }

    @Transactional
    public AreaAdminView create(AreaAdminView.NewArea request) {
        if (exists(request.id())) {
            throw ProblemException.invalid("id", "taken", "is already in use");
        }
        Area area = new Area();
        area.id = request.id();
        area.name = request.name().strip();
        area.sortOrder = ((Number) Area.getEntityManager()
                        .createQuery("select coalesce(max(a.sortOrder), -1) + 1 from Area a")
                        .getSingleResult())
                .intValue();
        area.persist();
        return adminView(area);
    }

    @Transactional
    public AreaAdminView update(String id, AreaAdminView.AreaChange change) {
        Area area = Area.<Area>findByIdOptional(id).orElseThrow(() -> AreaNotFound.forId(id));
        area.name = change.name().strip();
        area.active = change.active();
        return adminView(area);
    }

    @Transactional
    void seedIfEmpty(List<AreaView> areas) {
        if (Area.count() > 0) {
            return;
        }
        int order = 0;
        for (AreaView view : areas) {
            Area area = new Area();
            area.id = view.id();
            area.name = view.name();
            area.sortOrder = order++;
            area.persist();
        }
    }

    private static AreaView view(Area area) {
        return new AreaView(area.id, area.name);
    }

    private static AreaAdminView adminView(Area area) {
        return new AreaAdminView(area.id, area.name, area.active, area.sortOrder);
    }
}
