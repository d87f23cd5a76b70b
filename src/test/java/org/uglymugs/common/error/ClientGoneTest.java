package org.uglymugs.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection halfway through sending a report is no server failure: no
 * "Unexpected failure" incident in the log (a load generator stopping, or a phone losing its signal,
 * made one each before), only the debug line that says it went away.
 */
@QuarkusTest
class ClientGoneTest {

    private static final Path APPLICATION_LOG = Path.of("target", "quarkus-test.log");
    private static final String WENT_AWAY = "A client went away while its request was read";
    private static final String UNEXPECTED = "Unexpected failure";
    private static final int CLIENTS = 5;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aBodyCutShortLeavesNoIncident() throws Exception {
        long before = Files.size(APPLICATION_LOG);
        for (int i = 0; i < CLIENTS; i++) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 20000\r\n"
                                + "Expect: 100-continue\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // The server says it reads the body now; the client sends a part and is gone.
                String interim = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertEquals("HTTP/1.1 100 Continue", interim);
                out.write("{\"categories\":[\"PHYSICAL_ASSAULT\"],\"account\":\"cut short"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
        // Each cut-short body reaches the error mappers, which note it (or, before, raised an incident).
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> count(written(before), WENT_AWAY) + count(written(before), UNEXPECTED) >= CLIENTS);
        assertFalse(written(before).contains(UNEXPECTED), written(before));
    }

    /** What the application logged since {@code from} bytes. */
    private static String written(long from) throws IOException {
        byte[] log = Files.readAllBytes(APPLICATION_LOG);
        int start = (int) Math.min(from, log.length);
        return new String(log, start, log.length - start, StandardCharsets.UTF_8);
    }

    private static int count(String text, String line) {
        return text.split(line, -1).length - 1;
    }
}
