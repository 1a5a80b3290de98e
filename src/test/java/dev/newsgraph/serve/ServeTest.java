package dev.newsgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.TestFiles;
import dev.newsgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} end to end over real HTTP: embedded Neo4j, NLP loading, seeding, Browser, health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServeTest {

    private static final int BOLT_PORT = TestFiles.freePort();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    @DynamicPropertySource
    static void isolatedDataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("newsgraph-serve-test");
        registry.add("newsgraph.data-dir", dataDir::toString);
        registry.add("newsgraph.neo4j.bolt-port", () -> BOLT_PORT);
        registry.add("newsgraph.neo4j.page-cache", () -> "64m");
        registry.add("newsgraph.rdf.sparql-port", () -> "0");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode waitForHealthUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode health;
        do {
            health = JSON.readTree(get("/actuator/health", "application/json").body());
            if ("UP".equals(health.path("status").asText())) return health;
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return health;
    }

    @Test
    void healthIsUpOnlyWithTheDatabaseAndTheNlpPipeline() throws Exception {
        JsonNode health = waitForHealthUp();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/neo4j/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/nlp/status").asText()).isEqualTo("UP");
    }

    @Test
    void anEmptyGraphIsSeededOnceTheModelsAreIn() throws Exception {
        waitForHealthUp();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (store.documentCount() == 0 && System.nanoTime() < deadline) Thread.sleep(500);
        assertThat(store.documentCount()).isEqualTo(1);
    }

    /**
     * The entity page in a real headless Chromium (Debian's, driven by puppeteer-core; .ci/run installs
     * both): the drawing has nodes, the evidence is shown, and a screenshot is kept in target/screenshots.
     */
    @Test
    void theEntityPageDrawsTheNeighbourhoodAndShowsTheEvidence() throws Exception {
        Path script = Path.of("src/test/browser/entity-page.mjs");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
            && Files.isDirectory(Path.of("src/test/browser/node_modules/puppeteer-core")),
            "needs Debian chromium and npm install in src/test/browser (.ci/run does both)");
        waitForHealthUp();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (store.documentCount() == 0 && System.nanoTime() < deadline) Thread.sleep(500);
        String umerov = JSON.readTree(get("/api/entities?q=Umerov", "application/json").body()).get(0).path("id").asText();
        Path shot = Files.createDirectories(Path.of("target/screenshots")).resolve("entity-umerov.png");
        Files.deleteIfExists(shot);

        Process node = new ProcessBuilder("node", script.toString(), "http://localhost:" + port + "/entity/" + umerov, shot.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as(out).isZero();
        JsonNode seen = JSON.readTree(out);

        assertThat(seen.path("ready").asText()).isEqualTo("true");
        assertThat(seen.path("name").asText()).isEqualTo("Rustem Umerov");
        assertThat(seen.path("canvas").asBoolean()).isTrue();
        assertThat(seen.path("nodes").asInt()).isGreaterThan(2);
        assertThat(seen.path("edges").asInt()).isGreaterThan(1);
        assertThat(seen.path("relations").toString()).contains("negotiatorOf");
        assertThat(seen.path("evidence").toString()).contains("led by Rustem Umerov");
        assertThat(seen.path("failedRequests")).isEmpty();   // everything comes from the jar
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void neo4jBrowserIsServedAndTheRootTellsItWhereBoltIs() throws Exception {
        HttpResponse<String> browser = get("/browser/", "text/html");
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("<title>Neo4j Browser</title>");
        HttpResponse<String> manifest = get("/browser/manifest.json", "application/json");
        assertThat(manifest.statusCode()).isEqualTo(200);

        // Neo4j Browser speaks Bolt over a WebSocket: the embedded connector must accept the handshake.
        var ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + BOLT_PORT),
            new java.net.http.WebSocket.Listener() { }).get(30, java.util.concurrent.TimeUnit.SECONDS);
        ws.abort();

        JsonNode discovery = JSON.readTree(get("/", "application/json").body());
        assertThat(discovery.path("bolt_direct").asText()).isEqualTo("bolt://localhost:" + BOLT_PORT);
        assertThat(discovery.path("neo4j_version").asText()).startsWith("5.26");
    }
}
