package org.uglymugs.moderation.page;

import java.util.Map;
import org.uglymugs.common.security.StaffPrincipal;

/** What every moderation page shows around its content: who is signed in, their CSRF token, area names. */
public record Desk(String csrf, StaffPrincipal me, Map<String, String> areaNames) {

    public String areaName(String id) {
        return areaNames.getOrDefault(id, id);
    }
}
