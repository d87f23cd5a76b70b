package org.uglymugs.common.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's address, for rate-limit buckets only: it is hashed at once and never stored or logged.
 * Behind a reverse proxy, set {@code quarkus.http.proxy.*} so this is the real client, not the proxy.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
