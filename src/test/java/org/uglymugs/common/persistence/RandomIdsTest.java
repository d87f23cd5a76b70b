package org.uglymugs.common.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.PrimitiveIterator;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Random row ids against the real schema: an id already in the table is never handed out. */
@QuarkusTest
class RandomIdsTest {

    @Inject
    EntityManager em;

    @Inject
    RandomIds ids;

    @Test
    @TestTransaction
    void anIdInUseIsDrawnAgainAndOnlyThatOne() {
        em.createNativeQuery("create temporary table random_ids_probe (id bigint primary key) on commit drop")
                .executeUpdate();
        em.createNativeQuery("insert into random_ids_probe values (11), (13)").executeUpdate();
        // The generator first offers two used ids and a repeat of its own, then free ones.
        RandomIds scripted = new RandomIds(em, scripted(11, 12, 12, 13, 14, 15));
        assertArrayEquals(new long[] {14, 12, 15}, scripted.next("random_ids_probe", 3));
        assertArrayEquals(new long[] {20}, new RandomIds(em, scripted(11, 13, 20)).next("random_ids_probe", 1));
    }

    @Test
    @TestTransaction
    void givesUpAfterItsAttemptsRatherThanReuseAnId() {
        em.createNativeQuery("create temporary table random_ids_probe (id bigint primary key) on commit drop")
                .executeUpdate();
        em.createNativeQuery("insert into random_ids_probe select generate_series(1, 20)")
                .executeUpdate();
        RandomIds full =
                new RandomIds(em, scripted(LongStream.rangeClosed(1, 20).toArray()));
        assertThrows(IllegalStateException.class, () -> full.next("random_ids_probe", 1));
    }

    @Test
    @TestTransaction
    void realIdsArePositiveDistinctAndWithinJavaScriptsExactIntegers() {
        long[] drawn = ids.next("report_identifier", 50);
        assertEquals(50, Arrays.stream(drawn).distinct().count());
        for (long id : drawn) {
            assertTrue(id > 0 && id < RandomIds.BOUND, "id " + id);
        }
        long one = ids.next("report");
        assertTrue(one > 0 && one < RandomIds.BOUND);
    }

    @Test
    void refusesAnythingButATableNameAndACount() {
        assertThrows(IllegalArgumentException.class, () -> ids.next("report; drop table report", 1));
        assertThrows(IllegalArgumentException.class, () -> ids.next("report", 0));
        assertThrows(IllegalArgumentException.class, () -> ids.next("report", RandomIds.MAX_COUNT + 1));
    }

    /** A generator that hands out these values in turn (the bounds are the caller's, checked here). */
    private static RandomGenerator scripted(long... values) {
        PrimitiveIterator.OfLong next = Arrays.stream(values).iterator();
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long nextLong(long origin, long bound) {
                assertEquals(1, origin);
                assertEquals(RandomIds.BOUND, bound);
                return next.nextLong();
            }
        };
    }
}
