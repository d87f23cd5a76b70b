package org.uglymugs.moderation;

import org.uglymugs.common.error.ProblemException;

/** The reporter did not ask moderators to contact her (or left no details): her contact stays sealed. */
class ContactNotAvailable extends ProblemException {

    private ContactNotAvailable() {
        super(
                409,
                "contact-not-available",
                "Contact not available",
                "The reporter has not asked for support contact; contact given for police is the liaison desk's.");
    }

    static ContactNotAvailable forReport() {
        return new ContactNotAvailable();
    }
}
