package org.uglymugs.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The door to areas for other features. */
@ApplicationScoped
public class AreaService {

    public List<AreaView> active() {
        return Area.<Area>list("active = true order by sortOrder, name").stream().map(AreaView::of).toList();
    }

    public Optional<AreaView> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Area.<Area>findByIdOptional(id).filter(a -> a.active).map(AreaView::of);
    }

    public boolean isActive(String id) {
        return find(id).isPresent();
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
}
