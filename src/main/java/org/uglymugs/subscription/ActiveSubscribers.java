package org.uglymugs.subscription;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manage-token look-up of the hot paths (the check, the area sheet), cached briefly in memory:
 * keyed by the token's keyed hash (never the token), holding only the subscriber's id, language and
 * areas, and only for ACTIVE subscribers. A miss is one indexed statement through plain JDBC.
 *
 * <p>{@link SubscriptionService} forgets a subscriber here whenever its token, areas or existence
 * change; another instance forgets it at the latest after {@code uglymugs.subscriptions.token-cache-ttl}.
 */
@ApplicationScoped
public class ActiveSubscribers {

    /** Past this many entries the cache is dropped rather than grow without bound. */
    static final int MAX_ENTRIES = 50_000;

    private static final String BY_MANAGE_HASH = """
            select s.id, s.language,
                   array(select sa.area_id from subscriber_area sa where sa.subscriber_id = s.id)
              from subscriber s
             where s.manage_token_hash in (%s) and s.status = 'ACTIVE'
            """;

    /** An ACTIVE subscriber as the hot paths need it. */
    public record Active(long id, String language, Set<String> areas) {}

    private record Entry(Active subscriber, Instant expires) {}

    private final Map<ByteBuffer, Entry> cache = new ConcurrentHashMap<>();
    private final SubscriptionTokens tokens;
    private final AgroalDataSource dataSource;
    private final SubscriptionConfig config;
    private final Clock clock;

    ActiveSubscribers(SubscriptionTokens tokens, AgroalDataSource dataSource, SubscriptionConfig config, Clock clock) {
        this.tokens = tokens;
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** The ACTIVE subscriber holding this manage token, or the one 404 for anyone else. */
    public Active require(String manageToken) {
        return find(manageToken).orElseThrow(SubscriberNotFound::forToken);
    }

    /** The subscriber from the cache alone (no statement): present only while a fresh entry holds it. */
    public Optional<Active> cached(String manageToken) {
        Entry hit = cache.get(ByteBuffer.wrap(tokens.manageHash(manageToken)));
        return hit != null && hit.expires().isAfter(clock.instant()) ? Optional.of(hit.subscriber()) : Optional.empty();
    }

    Optional<Active> find(String manageToken) {
        ByteBuffer key = ByteBuffer.wrap(tokens.manageHash(manageToken));
        Instant now = clock.instant();
        Entry hit = cache.get(key);
        if (hit != null && hit.expires().isAfter(now)) {
            return Optional.of(hit.subscriber());
        }
        Optional<Active> loaded = load(tokens.manageCandidates(manageToken));
        if (loaded.isPresent()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Entry(loaded.get(), now.plus(config.tokenCacheTtl())));
        } else if (hit != null) {
            cache.remove(key);
        }
        return loaded;
    }

    /** Forgets the subscriber (any of its tokens): called when its token, areas or status change. */
    void forget(long subscriberId) {
        cache.values().removeIf(e -> e.subscriber().id() == subscriberId);
    }

    /** By the token's hash under every configured HMAC key (one placeholder each): links from before a rotation. */
    private Optional<Active> load(List<byte[]> manageHashes) {
        String sql = BY_MANAGE_HASH.formatted(String.join(", ", Collections.nCopies(manageHashes.size(), "?")));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < manageHashes.size(); i++) {
                s.setBytes(i + 1, manageHashes.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] areas = (String[]) rs.getArray(3).getArray();
                return Optional.of(new Active(rs.getLong(1), rs.getString(2), Set.of(areas)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscriber look-up failed, SQL state " + e.getSQLState());
        }
    }
}
