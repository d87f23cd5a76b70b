package org.uglymugs.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of time: every feature injects {@link Clock} instead of calling {@code now()}, so
 * tests can move time (tokens, sessions, TOTP steps) instead of waiting for it.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
