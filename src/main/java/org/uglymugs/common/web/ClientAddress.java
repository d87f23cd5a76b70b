package org.uglymugs.common.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The client's address, for rate-limit buckets only: it is hashed at once and never stored or logged.
 * Behind a reverse proxy, set {@code quarkus.http.proxy.*} so this is the real client, not the proxy.
 */
public final class ClientAddress {

    /**
     * The /64 Tor puts every onion-service circuit in (fc00:dead:beef:4dad::/64) when the PROXY
     * protocol carries circuit ids: there each circuit is its own client.
     */
    private static final String TOR_CIRCUITS = "fc00deadbeef4dad";

    private ClientAddress() {}

    /** The client's address; an IPv6 client is its /64 network, since one host may hold a whole /64. */
    public static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        if (address == null || address.hostAddress() == null) {
            return "unknown";
        }
        return network(address.hostAddress());
    }

    static String network(String host) {
        if (!host.contains(":")) {
            return host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length != 16) {
                return host;
            }
            String network = HexFormat.of().formatHex(bytes, 0, 8);
            if (network.equals(TOR_CIRCUITS)) {
                // Tor's HiddenServiceExportCircuitID haproxy: the circuit id is in the low 32 bits.
                return "tor-circuit:" + HexFormat.of().formatHex(bytes, 8, 16);
            }
            return network + "::/64";
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
