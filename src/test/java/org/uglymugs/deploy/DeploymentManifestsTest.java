package org.uglymugs.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing here runs Docker or Kubernetes, so the manifests in {@code deploy/} are checked as data:
 * what a deployer relies on (two replicas, probes, limits, secrets only from Secrets, no /q/ route,
 * network isolation, a PostgreSQL cluster) holds in every file.
 */
class DeploymentManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(KEY|PASSWORD|SECRET|HMAC|TOKEN).*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<JsonNode> documents;

    @BeforeAll
    static void readEveryManifest() throws IOException {
        documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                ObjectReader reader = YAML.readerFor(JsonNode.class);
                try (var all = reader.<JsonNode>readValues(file.toFile())) {
                    while (all.hasNext()) {
                        JsonNode doc = all.next();
                        assertTrue(doc.hasNonNull("kind"), file + ": every document names its kind");
                        documents.add(doc);
                    }
                }
            }
        }
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        Set<String> listed = new TreeSet<>();
        the("Kustomization").get("resources").forEach(r -> listed.add(r.asText()));
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .forEach(present::add);
        }
        assertEquals(present, listed);
    }

    @Test
    void atLeastTwoReplicasWithProbesLimitsAndNoRoot() {
        JsonNode deployment = the("Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "replicas ≥ 2");
        JsonNode pod = deployment.at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "runAsNonRoot");
        for (JsonNode container : pod.get("containers")) {
            assertEquals(
                    "/q/health/ready",
                    container.at("/readinessProbe/httpGet/path").asText());
            assertEquals(
                    "/q/health/live",
                    container.at("/livenessProbe/httpGet/path").asText());
            // Probes reach the management interface (port 9000), which the Service never publishes.
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertEquals(
                        "management",
                        container.at("/" + probe + "/httpGet/port").asText(),
                        probe);
            }
            boolean managementPort = false;
            for (JsonNode port : container.get("ports")) {
                managementPort |= port.at("/name").asText().equals("management")
                        && port.at("/containerPort").asInt() == 9000;
            }
            assertTrue(managementPort, "container port management: 9000");
            boolean managementHost = false;
            for (JsonNode env : container.get("env")) {
                managementHost |= env.at("/name").asText().equals("QUARKUS_MANAGEMENT_HOST");
            }
            assertTrue(managementHost, "QUARKUS_MANAGEMENT_HOST set so that probes reach the pod");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(
                            container.at("/resources/" + kind + "/" + resource).isMissingNode(), kind + "." + resource);
                }
            }
            assertFalse(
                    container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
        }
    }

    @Test
    void secretsComeOnlyFromSecrets() {
        JsonNode container = the("Deployment").at("/spec/template/spec/containers/0");
        boolean fromSecret = false;
        for (JsonNode source : container.get("envFrom")) {
            fromSecret |= source.has("secretRef");
        }
        assertTrue(fromSecret, "the keys come from a Secret");
        for (JsonNode env : container.path("env")) {
            if (SECRET_NAME.matcher(env.get("name").asText()).matches()) {
                assertFalse(env.has("value"), env.get("name") + " is not written in the manifest");
                assertTrue(env.at("/valueFrom/secretKeyRef").isObject(), env.get("name") + " from a Secret");
            }
        }
        for (JsonNode doc : documents) {
            assertFalse("Secret".equals(doc.get("kind").asText()), "no Secret is committed");
            if ("ConfigMap".equals(doc.get("kind").asText())) {
                doc.get("data")
                        .fieldNames()
                        .forEachRemaining(name -> assertFalse(
                                SECRET_NAME.matcher(name).matches(), name + " belongs in a Secret, not a ConfigMap"));
            }
        }
    }

    @Test
    void theServiceAndTheBudgetSelectTheApp() {
        JsonNode labels = the("Deployment").at("/spec/template/metadata/labels");
        assertEquals(labels, the("Service").at("/spec/selector"));
        assertEquals(labels, the("PodDisruptionBudget").at("/spec/selector/matchLabels"));
        assertTrue(the("PodDisruptionBudget").at("/spec/minAvailable").asInt() >= 1);
    }

    @Test
    void noIngressRouteReachesTheQuarkusTools() {
        JsonNode ingress = the("Ingress");
        int routes = 0;
        for (JsonNode rule : ingress.at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) {
                String p = path.get("path").asText();
                assertFalse(p.startsWith("/q"), p + " would publish /q/");
                if (p.equals("/")) {
                    assertEquals("Exact", path.get("pathType").asText(), "'/' as a prefix would publish /q/");
                }
                assertEquals("uglymugs", path.at("/backend/service/name").asText());
                routes++;
            }
        }
        assertTrue(routes > 0);
        assertFalse(ingress.at("/spec/tls").isMissingNode(), "TLS at the ingress");
    }

    @Test
    void onlyTheIngressReachesTheAppAndOnlyTheAppReachesPostgres() {
        JsonNode app = policyFor("app.kubernetes.io/name", "uglymugs");
        assertEquals(1, app.at("/spec/ingress").size(), "one source for the app");
        assertEquals(
                "ingress-nginx",
                app.at("/spec/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                        .asText());
        JsonNode db = policyFor("cnpg.io/cluster", "uglymugs-db");
        assertEquals(
                "uglymugs",
                db.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name")
                        .asText());
        assertEquals(5432, db.at("/spec/ingress/0/ports/0/port").asInt());
    }

    @Test
    void postgresIsACloudNativePgCluster() {
        JsonNode cluster = the("Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion").asText());
        assertTrue(cluster.at("/spec/imageName").asText().endsWith(":15"), "PostgreSQL 15");
        assertTrue(cluster.at("/spec/instances").asInt() >= 2, "a replica to fail over to");
    }

    @Test
    void theApplicationConnectsAsItsOwnRoleAndMigratesAsTheOwner() throws IOException {
        JsonNode env = the("Deployment").at("/spec/template/spec/containers/0/env");
        java.util.Map<String, String> secretOf = new java.util.HashMap<>();
        env.forEach(e -> secretOf.put(
                e.get("name").asText(), e.at("/valueFrom/secretKeyRef/name").asText()));
        assertEquals("uglymugs-db-app", secretOf.get("UGLYMUGS_DB_MIGRATION_USER"), "Flyway as the owner");
        assertEquals("uglymugs-db-app", secretOf.get("UGLYMUGS_DB_MIGRATION_PASSWORD"));
        assertEquals("uglymugs-db-runtime", secretOf.get("UGLYMUGS_DB_USER"), "the app as its own role");
        assertEquals("uglymugs-db-runtime", secretOf.get("UGLYMUGS_DB_PASSWORD"));
        JsonNode role = the("Cluster").at("/spec/managed/roles/0");
        assertEquals("uglymugs_app", role.get("name").asText());
        assertEquals("uglymugs-db-runtime", role.at("/passwordSecret/name").asText());
        assertFalse(role.get("superuser").asBoolean(true), "owns nothing, may nothing more");

        JsonNode compose = YAML.readTree(Path.of("deploy/compose/compose.yaml").toFile());
        assertTrue(
                compose.at("/services/db/environment/POSTGRES_USER").asText().contains("UGLYMUGS_DB_MIGRATION_USER"));
        assertTrue(compose.at("/services/db/environment/UGLYMUGS_APP_USER")
                .asText()
                .contains("UGLYMUGS_DB_USER"));
        assertTrue(compose.at("/services/db/volumes/1").asText().endsWith(":/docker-entrypoint-initdb.d:ro"));
        assertTrue(
                Files.readString(Path.of("deploy/compose/initdb/app-role.sh")).contains("nosuperuser"));
        String postgres = Files.readString(Path.of("deploy/postgres.sh"));
        assertTrue(postgres.contains("UGLYMUGS_DB_APP_USER:-uglymugs_app"), "deploy/postgres.sh makes both roles");
    }

    @Test
    void composeTakesSecretsFromItsEnvFileAndKeepsTheDatabaseOnAVolume() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("deploy/compose/compose.yaml").toFile());
        JsonNode app = compose.at("/services/app");
        assertEquals(".env", app.get("env_file").asText());
        app.get("environment")
                .fieldNames()
                .forEachRemaining(name -> assertFalse(SECRET_NAME.matcher(name).matches(), name + " in .env"));
        assertEquals("postgres:15", compose.at("/services/db/image").asText());
        assertTrue(compose.at("/services/db/volumes/0").asText().endsWith(":/var/lib/postgresql/data"));
        assertTrue(Files.readString(Path.of(".gitignore")).contains("deploy/compose/.env"), ".env never committed");
    }

    @Test
    void theBenchmarksRunTheImagesJvmOptions() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        var image = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        var collector = Pattern.compile("ENV GC_CONTAINER_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
        var bench = Pattern.compile("(?m)^IMAGE_JAVA_OPTS=\"([^\"]*)\"")
                .matcher(Files.readString(Path.of("deploy/bench/jvm.sh")));
        assertTrue(image.find() && collector.find() && bench.find());
        Set<String> measured = new TreeSet<>(List.of(bench.group(1).split(" ")));
        Set<String> shipped = new TreeSet<>(List.of(image.group(1).split(" ")));
        shipped.add(collector.group(1));
        // What the image adds beyond what was measured: stopping on a full heap, and the log manager.
        shipped.removeAll(
                Set.of("-XX:+ExitOnOutOfMemoryError", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        assertEquals(shipped, measured, "deploy/bench/jvm.sh measures what the image runs");
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserWithAMeasuredHeapInsideThePodsLimitAndNoSecrets() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(Pattern.compile("(?m)^USER 185$").matcher(dockerfile).find(), "non-root user");
        var heap = Pattern.compile("JAVA_OPTS_APPEND=\"[^\"]*-Xmx(\\d+)m").matcher(dockerfile);
        assertTrue(heap.find(), "an explicit heap, as measured");
        // The base image adds -XX:+UseParallelGC unless GC_CONTAINER_OPTIONS names the collector; a
        // second collector option in JAVA_OPTS_APPEND would stop the JVM from starting.
        assertTrue(dockerfile.contains("ENV GC_CONTAINER_OPTIONS=\"-XX:+UseSerialGC\""), "the serial collector");
        assertFalse(Pattern.compile("JAVA_OPTS_APPEND=\"[^\"]*-XX:\\+Use\\w+GC")
                .matcher(dockerfile)
                .find());
        JsonNode limits = the("Deployment").at("/spec/template/spec/containers/0/resources");
        long heapMi = Long.parseLong(heap.group(1));
        assertTrue(
                mebibytes(limits.at("/requests/memory").asText()) >= heapMi + 256,
                "the request holds the heap and the ~200 MB beside it");
        assertTrue(mebibytes(limits.at("/limits/memory").asText())
                > mebibytes(limits.at("/requests/memory").asText()));
        assertFalse(
                Pattern.compile("(?m)^(ENV|ARG)\\s+\\S*(KEY|PASSWORD|SECRET|HMAC)")
                        .matcher(dockerfile)
                        .find(),
                "no secret in the image");
    }

    @Test
    void theAheadOfTimeCacheLivesOnAVolumeInBothDeployments() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(
                dockerfile.contains("ENTRYPOINT [ \"/deployments/run.sh\" ]"), "the entry point that keeps the cache");
        assertTrue(dockerfile.contains("COPY --chown=185 src/main/docker/run.sh /deployments/run.sh"));
        var option = Pattern.compile("UGLYMUGS_AOT_DIR:-(/[^}]+)}")
                .matcher(Files.readString(Path.of("src/main/docker/run.sh")));
        assertTrue(option.find(), "run.sh names the cache's directory");
        String directory = option.group(1);
        // The root file system is read-only in both, so the archive's directory must be a volume.
        JsonNode pod = the("Deployment").at("/spec/template/spec");
        String mounted = null;
        for (JsonNode mount : pod.at("/containers/0/volumeMounts")) {
            if (mount.get("mountPath").asText().equals(directory)) {
                mounted = mount.get("name").asText();
            }
        }
        assertNotNull(mounted, "a volume mounted at " + directory);
        boolean declared = false;
        for (JsonNode volume : pod.get("volumes")) {
            declared |= volume.get("name").asText().equals(mounted);
        }
        assertTrue(declared, "volume " + mounted + " declared");
        assertTrue(pod.at("/terminationGracePeriodSeconds").asInt() >= 60, "time to write the cache at the first stop");
        JsonNode app =
                YAML.readTree(Path.of("deploy/compose/compose.yaml").toFile()).at("/services/app");
        boolean composeVolume = false;
        for (JsonNode volume : app.get("volumes")) {
            composeVolume |= volume.asText().endsWith(":" + directory);
        }
        assertTrue(composeVolume, "compose keeps " + directory + " on a volume");
    }

    private static JsonNode the(String kind) {
        List<JsonNode> found = documents.stream()
                .filter(d -> kind.equals(d.get("kind").asText()))
                .toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static JsonNode policyFor(String label, String value) {
        JsonNode policy = documents.stream()
                .filter(d -> "NetworkPolicy".equals(d.get("kind").asText()))
                .filter(d -> value.equals(
                        d.at("/spec/podSelector/matchLabels").path(label).asText()))
                .findFirst()
                .orElse(null);
        assertNotNull(policy, "a NetworkPolicy for " + label + "=" + value);
        return policy;
    }

    private static long mebibytes(String quantity) {
        var m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertTrue(m.matches(), "a memory quantity in Mi or Gi: " + quantity);
        return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
    }
}
