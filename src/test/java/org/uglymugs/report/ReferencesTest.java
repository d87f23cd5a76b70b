package org.uglymugs.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;

/** A new report's reference is never one a stored report has. */
@QuarkusTest
class ReferencesTest {

    @Inject
    References references;

    @Test
    @TestTransaction
    void aStoredReportsReferenceIsTakenAndANewOneIsNot() {
        String stored = Api.submit().reference();
        assertTrue(references.taken(stored));
        assertFalse(references.taken("0000-0000"), "Crockford's 0 is a valid reference no report has here");
        String next = references.next();
        assertFalse(references.taken(next));
        assertNotEquals(stored, next);
    }
}
