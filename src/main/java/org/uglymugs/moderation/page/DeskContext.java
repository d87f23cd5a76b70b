package org.uglymugs.moderation.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uglymugs.area.AreaAdminView;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.StaffPages;

/** Builds the {@link Desk} of a request and checks CSRF on moderation forms. */
@ApplicationScoped
public class DeskContext {

    private final CurrentStaff current;
    private final StaffPages pages;
    private final AreaService areas;

    public DeskContext(CurrentStaff current, StaffPages pages, AreaService areas) {
        this.current = current;
        this.pages = pages;
        this.areas = areas;
    }

    public Desk desk(String cookie) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AreaAdminView area : areas.all()) {
            names.put(area.id(), area.name());
        }
        return new Desk(pages.csrf(cookie), current.get(), names);
    }

    public String actor() {
        return current.username();
    }

    public void requireCsrf(String cookie, String submitted) {
        pages.requireCsrf(cookie, submitted);
    }
}
