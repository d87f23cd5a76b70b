package org.uglymugs.subscription;

import org.uglymugs.common.error.ProblemException;

/** A sheet asked for an area the subscriber does not follow (or that does not exist): one answer. */
public class AreaNotFollowed extends ProblemException {

    private AreaNotFollowed() {
        super(404, "area-not-followed", "Not one of your areas", null);
    }

    public static AreaNotFollowed any() {
        return new AreaNotFollowed();
    }
}
