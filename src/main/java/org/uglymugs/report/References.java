package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/** Public report references: 40 random bits ({@code K7QX-9ZD2}), no order, date or count in them. */
@ApplicationScoped
class References {

    private final SecureRandom random = new SecureRandom();
    private final EntityManager em;

    References(EntityManager em) {
        this.em = em;
    }

    String next() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String reference = Crockford.random(random, 8, 4);
            if (!taken(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("no free report reference after 10 attempts");
    }

    /** One indexed look-up on the transaction's connection: no entity is loaded, nothing flushed. */
    boolean taken(String reference) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("select 1 from report where reference = ?")) {
                statement.setString(1, reference);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        });
    }
}
