package org.uglymugs.area.api;

import java.util.Map;

/** Every configured area's name by id, in the areas' order: how pages show an area id. */
public record AreaNames(Map<String, String> byId) {

    /** The area's name, or the id itself for an area no longer configured. */
    public String name(String id) {
        return byId.getOrDefault(id, id);
    }
}
