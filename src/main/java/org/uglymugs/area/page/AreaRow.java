package org.uglymugs.area.page;

import org.uglymugs.area.api.AreaAdminView;

/** One area as a row of the areas admin table; name and active as shown in its form (kept after an error). */
public record AreaRow(AreaAdminView area, String name, String nameNl, boolean active) {

    public String nameField() {
        return "name-" + area.id();
    }

    public String nameNlField() {
        return "nameNl-" + area.id();
    }
}
