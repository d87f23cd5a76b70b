package org.uglymugs.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's entry point ({@code src/main/docker/run.sh}), run by {@code sh} as the image runs it,
 * with the base image's {@code run-java.sh} replaced by a stand-in that records the JVM options it
 * was given and, like the JVM, writes the file named by {@code -XX:AOTCacheOutput} when it stops.
 * No Docker here, so this is what checks which start trains the ahead-of-time cache and which maps it.
 */
class ImageEntryPointTest {

    private static final Path SCRIPT = Path.of("src/main/docker/run.sh").toAbsolutePath();

    @TempDir
    Path dir;

    private Path cds;
    private Path options;

    @BeforeEach
    void standIn() throws IOException {
        cds = Files.createDirectory(dir.resolve("cds"));
        options = dir.resolve("options");
        Files.writeString(dir.resolve("build-id"), "4242\n");
        // Behaves as told by STAND_IN: "stop" exits 0 by itself, "fail" exits 1 (a start that failed),
        // "serve" runs until SIGTERM and then exits 143. Each writes the cache it was asked for first.
        Path standIn = dir.resolve("run-java.sh");
        Files.writeString(standIn, """
                #!/bin/sh
                echo "$JAVA_OPTS_APPEND" > "$OPTIONS"
                out=$(echo "$JAVA_OPTS_APPEND" | sed -n 's/.*-XX:AOTCacheOutput=\\([^ ]*\\).*/\\1/p')
                write() { [ -n "$out" ] && echo cache > "$out"; return 0; }
                case "$STAND_IN" in
                  stop) write; exit 0 ;;
                  fail) write; exit 1 ;;
                  serve) trap 'write; exit 143' TERM; touch "$OPTIONS.ready"; while :; do sleep 0.05; done ;;
                esac
                """);
        assertTrue(standIn.toFile().setExecutable(true));
    }

    private Process start(String behaviour) throws IOException {
        var builder = new ProcessBuilder("sh", SCRIPT.toString()).redirectErrorStream(true);
        builder.redirectOutput(dir.resolve("out-" + behaviour).toFile());
        var env = builder.environment();
        env.put("UGLYMUGS_AOT_DIR", cds.toString());
        env.put("UGLYMUGS_BUILD_ID_FILE", dir.resolve("build-id").toString());
        env.put("UGLYMUGS_RUN_JAVA", dir.resolve("run-java.sh").toString());
        env.put("JAVA_OPTS_APPEND", "-Xmx96m");
        env.put("OPTIONS", options.toString());
        env.put("STAND_IN", behaviour);
        return builder.start();
    }

    private int run(String behaviour) throws Exception {
        Process process = start(behaviour);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "run.sh ended");
        return process.exitValue();
    }

    @Test
    void theFirstStartOfABuildTrainsTheCacheAndTheNextMapsIt() throws Exception {
        assertEquals(0, run("stop"));
        assertEquals(
                "-Xmx96m -XX:AOTCacheOutput=" + cds.resolve("uglymugs-4242.aot.part"),
                Files.readString(options).strip());
        assertTrue(Files.exists(cds.resolve("uglymugs-4242.aot")), "the finished cache, under its own name");
        assertFalse(Files.exists(cds.resolve("uglymugs-4242.aot.part")));

        assertEquals(0, run("stop"));
        assertEquals(
                "-Xmx96m -XX:AOTCache=" + cds.resolve("uglymugs-4242.aot"),
                Files.readString(options).strip());
    }

    @Test
    void aStopBySigtermKeepsTheCacheItWroteAndPassesTheStatusOn() throws Exception {
        Process process = start("serve");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(Path.of(options + ".ready")));
        process.destroy(); // SIGTERM, to the script, as an orchestrator stops the container's first process
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(143, process.exitValue());
        assertTrue(Files.exists(cds.resolve("uglymugs-4242.aot")), "the JVM got the signal and wrote its cache");
    }

    @Test
    void aStartThatFailedLeavesNoCacheOfTheFailureAndTheNextStartTrainsAgain() throws Exception {
        assertEquals(1, run("fail"));
        try (var left = Files.list(cds)) {
            assertEquals(0, left.count(), "no cache, finished or not");
        }
        assertEquals(0, run("stop"));
        assertTrue(Files.readString(options).contains("-XX:AOTCacheOutput="), "trains again");
    }

    @Test
    void aHalfWrittenCacheIsNeverMappedAndAnotherBuildsCacheIsRemoved() throws Exception {
        Files.writeString(cds.resolve("uglymugs-4242.aot.part"), "half a cache");
        Files.writeString(cds.resolve("uglymugs-1111.aot"), "another build's cache");
        assertEquals(0, run("stop"));
        assertTrue(Files.readString(options).contains("-XX:AOTCacheOutput="), "trains: no finished cache");
        assertFalse(Files.exists(cds.resolve("uglymugs-1111.aot")), "the other build's cache is gone");
        assertTrue(Files.exists(cds.resolve("uglymugs-4242.aot")));
    }
}
