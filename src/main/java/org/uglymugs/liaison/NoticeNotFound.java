package org.uglymugs.liaison;

import org.uglymugs.common.error.ProblemException;

/** No such withdrawal notice for this officer (another officer's notice is not found either). */
public class NoticeNotFound extends ProblemException {

    private NoticeNotFound() {
        super(404, "notice-not-found", "Notice not found", "No withdrawal notice of yours has this id.");
    }

    static NoticeNotFound forId() {
        return new NoticeNotFound();
    }
}
