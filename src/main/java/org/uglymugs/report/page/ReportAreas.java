package org.uglymugs.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.uglymugs.area.api.AreaView;

/**
 * The area choices of the report form: "don't know", "online only" and "outside the listed areas"
 * first (labelled in the page's language), then the deployment's areas in their configured order.
 */
final class ReportAreas {

    /** The ids of the choices every deployment has besides its own areas (db migration V12, area seed files). */
    static final Set<String> SPECIAL = Set.of("unknown", "online", "elsewhere");

    private ReportAreas() {}

    static List<AreaView> inFormOrder(List<AreaView> active) {
        List<AreaView> out = new ArrayList<>();
        for (String id : List.of("unknown", "online", "elsewhere")) {
            active.stream().filter(a -> a.id().equals(id)).forEach(out::add);
        }
        active.stream().filter(a -> !SPECIAL.contains(a.id())).forEach(out::add);
        return out;
    }
}
