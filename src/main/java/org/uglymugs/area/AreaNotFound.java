package org.uglymugs.area;

import org.uglymugs.common.error.ProblemException;

public class AreaNotFound extends ProblemException {

    private AreaNotFound() {
        super(404, "area-not-found", "Area not found", null);
    }

    public static AreaNotFound forId(String id) {
        return new AreaNotFound();
    }
}
