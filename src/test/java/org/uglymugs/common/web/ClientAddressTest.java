package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Rate limits see an IPv6 client as its /64: one host can hold a whole /64 and would dodge a per-address limit. */
class ClientAddressTest {

    @Test
    void ipv4AddressesStayAsTheyAre() {
        assertEquals("203.0.113.7", ClientAddress.network("203.0.113.7"));
    }

    @Test
    void ipv6AddressesInOneSlash64AreOneClient() {
        assertEquals(ClientAddress.network("2001:db8:1:2::1"), ClientAddress.network("2001:db8:1:2:ffff:ee:dd:cc"));
        assertEquals("20010db800010002::/64", ClientAddress.network("2001:db8:1:2::1"));
        assertNotEquals(ClientAddress.network("2001:db8:1:2::1"), ClientAddress.network("2001:db8:1:3::1"));
    }

    /** Behind an onion service exporting circuit ids (PROXY protocol), each circuit is its own client. */
    @Test
    void torCircuitsAreEachTheirOwnClient() {
        assertNotEquals(
                ClientAddress.network("fc00:dead:beef:4dad::0:1"), ClientAddress.network("fc00:dead:beef:4dad::0:2"));
        assertEquals(
                ClientAddress.network("fc00:dead:beef:4dad::0:1"), ClientAddress.network("fc00:dead:beef:4dad::0:1"));
    }
}
