package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Public report references: 40 random bits ({@code K7QX-9ZD2}), no order, date or count in them. */
@ApplicationScoped
class References {

    private final SecureRandom random = new SecureRandom();

    String next() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String reference = Crockford.random(random, 8, 4);
            if (Report.findByReference(reference).isEmpty()) {
                return reference;
            }
        }
        throw new IllegalStateException("no free report reference after 10 attempts");
    }
}
