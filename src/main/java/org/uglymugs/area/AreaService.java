package org.uglymugs.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.uglymugs.area.api.AreaAdminView;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;

/** The door to areas for other features. */
@ApplicationScoped
public class AreaService {

    public List<AreaView> active() {
        return active(null);
    }

    /** The active areas named in a page language ("nl": the Dutch name where one is set). */
    public List<AreaView> active(String lang) {
        return Area.<Area>list("active = true order by sortOrder, name").stream()
                .map(a -> new AreaView(a.id, a.name(lang)))
                .toList();
    }

    /** An active area named in a page language. */
    public Optional<AreaView> find(String id, String lang) {
        if (id == null) {
            return Optional.empty();
        }
        return Area.<Area>findByIdOptional(id).filter(a -> a.active).map(a -> new AreaView(a.id, a.name(lang)));
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
        return names(null);
    }

    /** Every area's name by id in a page language ("nl": the Dutch name where one is set). */
    public AreaNames names(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Area area : Area.<Area>list("order by sortOrder, name")) {
            names.put(area.id, area.name(lang));
        }
        return new AreaNames(Collections.unmodifiableMap(names));
    }

    /** The Dutch names set, by area id (the admin page's form). */
    public Map<String, String> dutchNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Area area : Area.<Area>list("nameNl is not null order by sortOrder, name")) {
            names.put(area.id, area.nameNl);
        }
        return Collections.unmodifiableMap(names);
    }

    /** Sets or (blank) clears an area's Dutch name; true when it changed. */
    @Transactional
    public boolean setDutchName(String id, String nameNl) {
        Area area = Area.<Area>findByIdOptional(id).orElseThrow(() -> AreaNotFound.forId(id));
        String value = nameNl == null || nameNl.isBlank() ? null : nameNl.strip();
        boolean changed = !Objects.equals(area.nameNl, value);
        area.nameNl = value;
        return changed;
    }

    @Transactional
    public AreaAdminView create(AreaAdminView.NewArea request) {
        if (exists(request.id())) {
            throw ProblemException.invalid("id", ErrorCode.TAKEN, "is already in use");
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
    void seedIfEmpty(List<AreaSeeder.Seed> areas) {
        if (Area.count() > 0) {
            return;
        }
        int order = 0;
        for (AreaSeeder.Seed view : areas) {
            Area area = new Area();
            area.id = view.id();
            area.name = view.name();
            area.nameNl = view.nameNl();
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
