package org.uglymugs.staff.page;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.staff.StaffRole;
import org.uglymugs.staff.StaffView;

/**
 * One account as a row of the staff admin table: roles in a fixed order, area names, and the areas
 * ticked in its area form (the stored ones, or those just submitted when that form had an error).
 */
public record StaffRow(
        StaffView staff, List<StaffRole> roles, List<String> areaNames, Set<String> chosen, boolean open) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static StaffRow of(StaffView staff, AreaNames names, Set<String> chosen, boolean open) {
        List<StaffRole> roles = List.of(StaffRole.values()).stream()
                .filter(staff.roles()::contains)
                .toList();
        List<String> areaNames =
                staff.areas().stream().sorted().map(names::name).toList();
        return new StaffRow(staff, roles, areaNames, chosen, open);
    }

    public boolean liaison() {
        return staff.roles().contains(StaffRole.POLICE_LIAISON);
    }

    public boolean chose(String areaId) {
        return chosen.contains(areaId);
    }

    /** Last login in UTC, or null if never. */
    public String lastLogin() {
        return staff.lastLoginAt() == null
                ? null
                : WHEN.format(staff.lastLoginAt().withOffsetSameInstant(ZoneOffset.UTC));
    }

    public String confirmField() {
        return "confirm-" + staff.id();
    }

    public String areasField() {
        return "areas-" + staff.id();
    }
}
