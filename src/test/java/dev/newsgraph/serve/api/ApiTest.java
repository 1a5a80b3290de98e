package dev.newsgraph.serve.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.TestFiles;
import dev.newsgraph.serve.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP against the app on the embedded stack. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {

    static final String KEY = "test-key-123";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws IOException {
        r.add("newsgraph.data-dir", () -> TestFiles.tempDir("newsgraph-api-test"));
        r.add("newsgraph.seeds", () -> TestFiles.tempDir("no-seeds"));   // no seeding: the tests post what they need
        r.add("newsgraph.neo4j.bolt-port", TestFiles::freePort);
        r.add("newsgraph.neo4j.page-cache", () -> "64m");
        r.add("newsgraph.rdf.sparql-port", () -> "0");
        r.add("newsgraph.api.key", () -> KEY);
        r.add("newsgraph.api.user", () -> "editor");
        r.add("newsgraph.api.password", () -> "s3cret");
        r.add("newsgraph.api.max-document-size", () -> "20KB");
        r.add("newsgraph.api.cors-origins", () -> "http://app.example");
    }

    @LocalServerPort
    int port;
    Http http;
    static String seedId;

    @BeforeEach
    void seedOnce() {
        http = new Http(port);
        if (seedId == null) {
            Http.Response r = http.postText(TestFiles.seedText(), KEY);
            assertThat(r.status()).as(r.body()).isIn(200, 201);
            seedId = r.json().at("/document/id").asText();
        }
    }

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("detail").asText()).isNotBlank();
    }

    private String entityId(String query) {
        return http.get("/api/entities?q=" + query.replace(" ", "+")).json().get(0).path("id").asText();
    }

    // ------------------------------------------------------------ ingestion

    @Test
    void postingIngestsAndTheSameTextAgainChangesNothing() {
        String text = "Maria Lopez, Mexico's chief negotiator, said on Monday that a deal with Canada was close.";
        Http.Response first = http.postText(text, KEY);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode doc = first.json();
        String id = doc.at("/document/id").asText();
        assertThat(first.header("Location")).endsWith("/api/documents/" + id);
        assertThat(doc.path("entities").toString()).contains("Maria Lopez");
        assertThat(doc.path("facts").toString()).contains("negotiatorOf").contains("Mexico");
        long total = http.get("/api/documents?size=1").json().path("total").asLong();

        Http.Response again = http.postText(text, KEY);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/document/id").asText()).isEqualTo(id);
        assertThat(http.get("/api/documents?size=1").json().path("total").asLong()).isEqualTo(total);
    }

    @Test
    void jsonAndHtmlBodiesAreAccepted() {
        String json = """
            {"text": "Olaf Scholz, the German chancellor, spoke in Berlin on Tuesday.", "title": "Scholz speaks",
             "url": "https://news.example/scholz", "publishedAt": "2025-05-06"}""";
        Http.Response r = http.post("/api/documents", "application/json", json.getBytes(StandardCharsets.UTF_8), KEY);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode shown = http.get("/api/documents/" + r.json().at("/document/id").asText()).json();
        assertThat(shown.at("/document/title").asText()).isEqualTo("Scholz speaks");
        assertThat(shown.at("/document/url").asText()).isEqualTo("https://news.example/scholz");
        assertThat(shown.at("/document/publishedAt").asText()).startsWith("2025-05-06");
        assertThat(shown.path("facts").toString()).contains("holdsPosition").contains("Chancellor");

        String html = """
            <html><head><title>Envoy arrives</title><script>document.write('Vladimir Putin met Angela Merkel');</script></head>
            <body><nav>Home | World</nav><p>US special envoy Keith Kellogg arrived in Warsaw on Wednesday.</p></body></html>""";
        Http.Response h = http.post("/api/documents", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), KEY);
        assertThat(h.status()).as(h.body()).isEqualTo(201);
        assertThat(h.json().at("/document/title").asText()).isEqualTo("Envoy arrives");
        assertThat(h.json().path("facts").toString()).contains("envoyOf").contains("Keith Kellogg");
        assertThat(h.json().path("entities").toString()).doesNotContain("Putin").doesNotContain("Merkel");
    }

    @Test
    void badBodiesAreRefusedAsProblems() {
        assertProblem(http.postText("", KEY), 400);
        assertProblem(http.postText("   \n  ", KEY), 400);
        assertProblem(http.postText("x".repeat(30_000), KEY), 413);
        assertProblem(http.post("/api/documents", "text/plain", "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1), KEY), 415);
        assertProblem(http.post("/api/documents", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8), KEY), 400);
        assertProblem(http.post("/api/documents", "application/json", "{\"title\": \"no text\"}".getBytes(StandardCharsets.UTF_8), KEY), 400);
        assertProblem(http.post("/api/documents", "image/png", new byte[] {1, 2, 3}, KEY), 415);
    }

    // ------------------------------------------------------------ security

    @Test
    void writesNeedCredentialsAndReadsAreOpen() {
        assertProblem(http.postText("Anonymous writes are refused.", null), 401);
        assertProblem(http.postText("Wrong keys are refused.", "not-the-key"), 401);
        assertProblem(http.delete("/api/documents/" + seedId, null), 401);
        Http.Response basic = http.send(http.request("/api/documents").header("Content-Type", "text/plain")
            .header("Authorization", Http.basic("editor", "s3cret"))
            .POST(HttpRequest.BodyPublishers.ofString("Basic auth may write too, said Anna Berg.")));
        assertThat(basic.status()).as(basic.body()).isIn(200, 201);
        Http.Response wrongPassword = http.send(http.request("/api/documents").header("Content-Type", "text/plain")
            .header("Authorization", Http.basic("editor", "wrong")).POST(HttpRequest.BodyPublishers.ofString("No.")));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(http.get("/api/documents").status()).isEqualTo(200);
        assertThat(http.get("/api/entities?q=Umerov").status()).isEqualTo(200);
    }

    @Test
    void corsIsAllowedForConfiguredOriginsOnly() {
        Http.Response allowed = http.send(http.request("/api/entities").header("Origin", "http://app.example")
            .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://app.example");
        Http.Response other = http.send(http.request("/api/entities").header("Origin", "http://evil.example")
            .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    // ------------------------------------------------------------ lookups

    @Test
    void searchFindsByNameAndAliasRanked() {
        JsonNode hits = http.get("/api/entities?q=Umerov").json();
        assertThat(hits.get(0).path("name").asText()).isEqualTo("Rustem Umerov");
        assertThat(hits.get(0).path("type").asText()).isEqualTo("Person");
        JsonNode countries = http.get("/api/entities?q=US&type=Country").json();
        assertThat(countries.get(0).path("name").asText()).isEqualTo("United States");
        assertThat(http.get("/api/entities?q=Ukr&limit=1").json()).hasSize(1);
        assertThat(http.get("/api/entities?q=" + "%22%28%29%5B%5D%3A").status()).isEqualTo(200);   // Lucene syntax is escaped
        assertProblem(http.get("/api/entities?q=x&type=Company"), 400);
        assertProblem(http.get("/api/entities?limit=0"), 400);
    }

    @Test
    void anEntityComesWithItsFactsEvidenceAndDocuments() {
        String umerov = entityId("Rustem Umerov");
        JsonNode e = http.get("/api/entities/" + umerov).json();
        assertThat(e.at("/entity/aliases").toString()).contains("Umerov");
        assertThat(e.path("documents").toString()).contains(seedId);
        JsonNode negotiator = null;
        for (JsonNode f : e.path("factsOut")) if (f.path("relation").asText().equals("negotiatorOf")) negotiator = f;
        assertThat(negotiator).isNotNull();
        assertThat(negotiator.at("/object/name").asText()).isEqualTo("Ukraine");
        assertThat(negotiator.path("confidence").asDouble()).isBetween(0.5, 1.0);
        JsonNode ev = negotiator.path("evidence").get(0);
        assertThat(ev.path("documentId").asText()).isEqualTo(seedId);
        assertThat(TestFiles.seedText().substring(ev.path("start").asInt(), ev.path("end").asInt())).isEqualTo(ev.path("sentence").asText());
        String ukraine = negotiator.at("/object/id").asText();
        assertThat(http.get("/api/entities/" + ukraine).json().path("factsIn").toString()).contains("Rustem Umerov");
        assertProblem(http.get("/api/entities/person-nobody-at-all"), 404);
    }

    @Test
    void neighboursByDepthAndRelation() {
        String witkoff = entityId("Steve Witkoff");
        JsonNode one = http.get("/api/entities/" + witkoff + "/neighbors?depth=1").json();
        assertThat(one.path("nodes").toString()).contains("Donald Trump").doesNotContain("Jared Kushner");
        JsonNode two = http.get("/api/entities/" + witkoff + "/neighbors?depth=2").json();
        assertThat(two.path("nodes").toString()).contains("Jared Kushner");
        assertThat(two.path("edges").toString()).contains("relativeOf").contains("envoyOf");
        JsonNode onlyEnvoy = http.get("/api/entities/" + witkoff + "/neighbors?depth=2&relation=envoyOf").json();
        assertThat(onlyEnvoy.path("edges").toString()).doesNotContain("relativeOf");
        assertProblem(http.get("/api/entities/" + witkoff + "/neighbors?depth=4"), 400);
        assertProblem(http.get("/api/entities/" + witkoff + "/neighbors?depth=0"), 400);
        assertProblem(http.get("/api/entities/" + witkoff + "/neighbors?relation=marriedTo"), 400);
        assertProblem(http.get("/api/entities/nobody/neighbors"), 404);
    }

    @Test
    void pathsBetweenTwoEntitiesCarryTheirFacts() {
        String witkoff = entityId("Steve Witkoff");
        String kushner = entityId("Jared Kushner");
        JsonNode paths = http.get("/api/paths?from=" + witkoff + "&to=" + kushner + "&maxHops=3").json();
        assertThat(paths).isNotEmpty();
        JsonNode p = paths.get(0);
        assertThat(p.path("nodes")).hasSize(3);
        assertThat(p.path("facts").toString()).contains("envoyOf").contains("relativeOf");
        assertThat(http.get("/api/paths?from=" + witkoff + "&to=" + kushner + "&maxHops=1").json()).isEmpty();
        assertProblem(http.get("/api/paths?from=" + witkoff + "&to=" + kushner + "&maxHops=0"), 400);
        assertProblem(http.get("/api/paths?from=" + witkoff + "&to=" + kushner + "&maxHops=7"), 400);
        assertProblem(http.get("/api/paths?from=" + witkoff + "&to=nobody"), 404);
        assertProblem(http.get("/api/paths?from=" + witkoff), 400);
    }

    @Test
    void factsFilterAndPage() {
        JsonNode envoys = http.get("/api/facts?relation=envoyOf").json();
        assertThat(envoys.path("items").toString()).contains("Steve Witkoff").contains("Donald Trump");
        assertThat(envoys.path("items")).allSatisfy(f -> assertThat(f.path("relation").asText()).isEqualTo("envoyOf"));
        String witkoff = entityId("Steve Witkoff");
        JsonNode bySubject = http.get("/api/facts?subject=" + witkoff).json();
        assertThat(bySubject.path("items")).allSatisfy(f -> assertThat(f.at("/subject/id").asText()).isEqualTo(witkoff));
        JsonNode paged = http.get("/api/facts?size=2&page=0").json();
        assertThat(paged.path("items")).hasSize(2);
        assertThat(paged.path("total").asLong()).isGreaterThan(2);
        JsonNode page1 = http.get("/api/facts?size=2&page=1").json();
        assertThat(page1.path("items").toString()).isNotEqualTo(paged.path("items").toString());
        assertProblem(http.get("/api/facts?relation=likes"), 400);
        assertProblem(http.get("/api/facts?size=0"), 400);
    }

    // ------------------------------------------------------------ deletion by support

    @Test
    void deletingADocumentRemovesExactlyWhatOnlyItSupported() {
        String a = "Sergio Ruiz, Chile's chief negotiator, met officials in Lima. Chile's envoy, Paula Diaz, joined him.";
        String b = "Chile's envoy, Paula Diaz, flew to Quito on Friday. Tomas Vidal, Peru's chief negotiator, stayed home.";
        String idA = http.postText(a, KEY).json().at("/document/id").asText();
        String idB = http.postText(b, KEY).json().at("/document/id").asText();
        String diaz = entityId("Paula Diaz");
        JsonNode envoyBefore = http.get("/api/facts?relation=envoyOf&subject=" + diaz).json().path("items").get(0);
        assertThat(envoyBefore.path("documents")).hasSize(2);

        assertThat(http.delete("/api/documents/" + idB, KEY).status()).isEqualTo(204);

        JsonNode envoyAfter = http.get("/api/facts?relation=envoyOf&subject=" + diaz).json().path("items").get(0);
        assertThat(envoyAfter.path("documents").toString()).isEqualTo("[\"" + idA + "\"]");
        assertThat(envoyAfter.path("evidence")).allSatisfy(v -> assertThat(v.path("documentId").asText()).isEqualTo(idA));
        assertThat(http.get("/api/entities?q=Tomas+Vidal").json()).isEmpty();   // only B named him
        assertThat(http.get("/api/entities?q=Sergio+Ruiz").json()).isNotEmpty();
        assertProblem(http.get("/api/documents/" + idB), 404);
        assertProblem(http.delete("/api/documents/" + idB, KEY), 404);

        assertThat(http.delete("/api/documents/" + idA, KEY).status()).isEqualTo(204);
        assertThat(http.get("/api/entities?q=Paula+Diaz").json()).isEmpty();
        assertThat(http.get("/api/facts?relation=envoyOf&subject=" + diaz).json().path("total").asLong()).isZero();
        // the seed, which also names Chile's neighbours of nothing, is untouched
        assertThat(http.get("/api/documents/" + seedId).status()).isEqualTo(200);
    }

    // ------------------------------------------------------------ cross-document merges

    @Test
    void aMentionThatJoinedAnEntityOfAnotherDocumentIsListedAndCanBeUndone() {
        http.postText("Vernon Hodge, the Labour MP for Barking, criticised the Treasury on Monday. Hodge said the rules were unfair.", KEY);
        String later = http.postText("Mr Hodge told the Treasury committee on Tuesday that Labour would act.", KEY).json().at("/document/id").asText();
        String hodge = entityId("Vernon Hodge");
        JsonNode merges = http.get("/api/merges?entity=" + hodge).json();
        assertThat(merges).hasSize(1);
        JsonNode merge = merges.get(0);
        assertThat(merge.path("mention").asText()).isEqualTo("Hodge");
        assertThat(merge.path("documentId").asText()).isEqualTo(later);
        assertThat(merge.path("entityName").asText()).isEqualTo("Vernon Hodge");
        assertThat(merge.path("rule").asText()).isNotBlank();
        assertThat(http.get("/api/entities?q=Hodge&type=Person").json()).hasSize(1);
        String mergeId = merge.path("id").asText();
        assertThat(http.get("/api/merges/" + mergeId).json().path("entityId").asText()).isEqualTo(hodge);

        assertProblem(http.delete("/api/merges/" + mergeId, null), 401);
        Http.Response undone = http.delete("/api/merges/" + mergeId, KEY);
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().path("mention").asText()).isEqualTo("Hodge");

        assertThat(http.get("/api/merges?entity=" + hodge).json()).isEmpty();
        assertThat(http.get("/api/merges?document=" + later).json()).isEmpty();
        assertThat(http.get("/api/entities?q=Hodge&type=Person").json()).hasSize(2);
        assertThat(http.get("/api/documents/" + later).status()).isEqualTo(200);
        assertProblem(http.delete("/api/merges/" + mergeId, KEY), 404);
        assertProblem(http.get("/api/merges?limit=0"), 400);
    }

    @Test
    void concurrentPostsOfTheSameDocumentGiveOneDocument() throws Exception {
        String text = "Ivan Petrov, Bulgaria's chief negotiator, arrived in Sofia on Thursday for talks.";
        long before = http.get("/api/documents?size=1").json().path("total").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) posts.add(() -> http.postText(text, KEY).status());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(posts)) statuses.add(f.get());
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(http.get("/api/documents?size=1").json().path("total").asLong()).isEqualTo(before + 1);
    }

    // ------------------------------------------------------------ documentation and operations

    @Test
    void openApiAndSwaggerUiAreServed() {
        JsonNode api = http.get("/v3/api-docs").json();
        assertThat(api.path("paths").has("/api/entities/{id}")).isTrue();
        assertThat(api.path("paths").has("/api/documents")).isTrue();
        Http.Response ui = http.send(http.request("/swagger-ui/index.html").GET());
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }

    @Test
    void metricsCountIngestion() {
        JsonNode m = http.get("/actuator/metrics/newsgraph.documents.ingested").json();
        assertThat(m.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(http.get("/actuator/metrics/newsgraph.facts.written").json().at("/measurements/0/value").asDouble()).isGreaterThan(0);
        assertThat(http.get("/actuator/metrics/newsgraph.ingest.latency").status()).isEqualTo(200);
        JsonNode health = http.get("/actuator/health").json();
        assertThat(health.at("/components/neo4j/status").asText()).isEqualTo("UP");
    }
}
