package org.uglymugs.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection halfway through sending a report is no server failure: no
 * "Unexpected failure" incident in the log (a load generator stopping, or a phone losing its signal,
 * made one each before).
 */
@QuarkusTest
class ClientGoneTest {

    private static final Path APPLICATION_LOG = Path.of("target", "quarkus-test.log");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aBodyCutShortLeavesNoIncident() throws Exception {
        long before = Files.size(APPLICATION_LOG);
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 20000\r\n\r\n"
                                + "{\"categories\":[\"PHYSICAL_ASSAULT\"],\"account\":\"cut short")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200); // the server has started reading the body
            }
        }
        Thread.sleep(1500); // the server finds the connection gone
        byte[] log = Files.readAllBytes(APPLICATION_LOG);
        int from = (int) Math.min(before, log.length);
        String written = new String(log, from, log.length - from, StandardCharsets.UTF_8);
        assertFalse(written.contains("Unexpected failure"), written);
    }
}
