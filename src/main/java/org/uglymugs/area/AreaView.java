package org.uglymugs.area;

/** An area as clients see it. */
public record AreaView(String id, String name) {

    static AreaView of(Area area) {
        return new AreaView(area.id, area.name);
    }
}
