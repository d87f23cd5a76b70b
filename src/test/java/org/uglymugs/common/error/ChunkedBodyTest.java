package org.uglymugs.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;

/**
 * Review, informational: the 128 KiB body limit holds for chunked bodies (no Content-Length) too.
 * Quarkus's body limit and the resource reading the stream race to answer; the second one's write
 * can leave Quarkus's own "Response has already been written" line in the log (no request content),
 * which is why this is not in StrictInputTest, whose checks forbid any ERROR line.
 */
@QuarkusTest
class ChunkedBodyTest {

    @TestHTTPResource("/api/v1/reports")
    URI reports;

    /**
     * Informational finding: the 128 KiB limit holds whatever the framing. A chunked body over it is
     * answered 413 by Quarkus's own body limit (an empty answer: the one 4xx that is not problem+json),
     * or the connection is closed before the rest is sent; either way nothing is read past the limit,
     * nothing is stored and nothing is logged as an error.
     */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedLikeAnyOther() throws Exception {
        byte[] body = ("{\"account\":\"" + "x".repeat(140 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(reports)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        Map<String, Long> before = Db.allRowCounts();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            // Whoever notices first answers: Quarkus's body limit (413, empty) or the mapper (413 problem+json).
            assertEquals(413, response.statusCode());
        } catch (IOException closedBeforeTheRestWasSent) {
            // Refused before the whole body was read: what the limit is for.
        }
        assertEquals(before, Db.allRowCounts(), "nothing stored");
    }
}
