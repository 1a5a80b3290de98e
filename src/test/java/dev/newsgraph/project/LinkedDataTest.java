package dev.newsgraph.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.Ingestion;
import dev.newsgraph.TestFiles;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.serve.Http;
import dev.newsgraph.store.GraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The linked-data side over real HTTP: exports, SHACL, the Fuseki endpoint, dereferenceable IRIs, consistency. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkedDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NG = "https://newsgraph.dev/ontology#";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        r.add("newsgraph.data-dir", () -> TestFiles.tempDir("newsgraph-rdf"));
        r.add("newsgraph.seeds", () -> TestFiles.tempDir("no-seeds"));
        r.add("newsgraph.neo4j.bolt-port", TestFiles::freePort);
        r.add("newsgraph.neo4j.page-cache", () -> "64m");
        r.add("newsgraph.rdf.sparql-port", () -> "0");
        // short enough for aQueryPastTheTimeoutIsCancelled to finish well inside 30 s, long enough that the first query
        // on a cold endpoint on a loaded CI machine is not cancelled (2 s was: a 503 in selectAnswersInEveryResultFormat...)
        r.add("newsgraph.rdf.sparql-timeout", () -> "10s");
    }

    @LocalServerPort
    int port;
    @Autowired
    Ingestion ingestion;
    @Autowired
    SparqlEndpoint sparql;
    @Autowired
    ShaclValidation shacl;
    @Autowired
    RdfProjection projection;
    @Autowired
    Driver driver;
    @Autowired
    GraphStore store;

    Http http;
    Http fuseki;

    @BeforeEach
    void seed() throws Exception {
        http = new Http(port);
        fuseki = new Http(sparql.port());
        Ingestion.Result r = ingestion.ingest(DocumentReader.read(TestFiles.SEED));
        assertThat(r.failed()).as(String.valueOf(r.error())).isFalse();
    }

    private Http.Response query(String sparqlQuery, String accept) {
        return fuseki.send(fuseki.request("/kg/sparql?query=" + URLEncoder.encode(sparqlQuery, StandardCharsets.UTF_8))
            .header("Accept", accept).GET());
    }

    private Http.Response queryPost(String sparqlQuery, String accept) {
        return fuseki.send(fuseki.request("/kg/sparql").header("Content-Type", "application/sparql-query")
            .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(sparqlQuery)));
    }

    private List<Map<String, String>> select(String sparqlQuery) {
        Http.Response r = queryPost(sparqlQuery, "application/sparql-results+json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.convertValue(r.json().at("/results/bindings"), List.class).stream().map(b -> {
            Map<String, String> row = new HashMap<>();
            ((Map<String, Map<String, String>>) b).forEach((k, v) -> row.put(k, v.get("value")));
            return row;
        }).toList();
    }

    // ------------------------------------------------------------ SPARQL endpoint

    @Test
    @Order(1)
    void selectAnswersInEveryResultFormatOverGetAndPost() {
        String q = "PREFIX ng: <" + NG + "> SELECT ?s ?o WHERE { ?s ng:envoyOf ?o }";
        Http.Response json = query(q, "application/sparql-results+json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().at("/results/bindings").size()).isGreaterThanOrEqualTo(1);
        assertThat(query(q, "application/sparql-results+xml").body()).contains("<sparql").contains("resource/person-steve-witkoff");
        assertThat(query(q, "text/csv").body()).startsWith("s,o").contains("person-donald-trump");
        assertThat(query(q, "text/tab-separated-values").body()).startsWith("?s\t?o");
        assertThat(queryPost(q, "application/sparql-results+json").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void constructAnswersTurtleAndJsonLd() {
        String q = "PREFIX ng: <" + NG + "> CONSTRUCT { ?s ng:envoyOf ?o } WHERE { ?s ng:envoyOf ?o }";
        Http.Response ttl = query(q, "text/turtle");
        assertThat(ttl.contentType()).startsWith("text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertThat(g.size()).isGreaterThanOrEqualTo(1);
        Http.Response jsonld = query(q, "application/ld+json");
        assertThat(jsonld.contentType()).startsWith("application/ld+json");
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(g2);
        assertThat(g2.isIsomorphicWith(g)).isTrue();
    }

    @Test
    @Order(3)
    void theEndpointIsReadOnly() {
        Http.Response update = fuseki.send(fuseki.request("/kg/sparql").header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
        assertThat(update.status()).isBetween(400, 499);
        Http.Response updateEndpoint = fuseki.send(fuseki.request("/kg/update").header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
        assertThat(updateEndpoint.status()).isBetween(400, 499);
        Http.Response gsp = fuseki.send(fuseki.request("/kg/data?default").header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertThat(gsp.status()).isBetween(400, 499);
        Http.Response admin = fuseki.send(fuseki.request("/$/datasets").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("dbName=evil&dbType=mem")));
        assertThat(admin.status()).isBetween(400, 499);
        assertThat(select("SELECT * { <urn:a> ?p ?o }")).isEmpty();
    }

    @Test
    @Order(4)
    void malformedQueriesAnswer400WithTheParsersMessage() {
        Http.Response r = query("SELECT ?x WHERE { ?x ", "application/sparql-results+json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).containsIgnoringCase("parse error").contains("line 1");
    }

    @Test
    @Order(5)
    void aQueryPastTheTimeoutIsCancelled() {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long started = System.nanoTime();
        Http.Response r = queryPost(heavy, "application/sparql-results+json");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.body()).containsIgnoringCase("timed out");
        assertThat(seconds).isLessThan(30);
    }

    @Test
    @Order(6)
    void fusekisQueryUiIsServedAndRunsAQuery() throws Exception {
        Http.Response ui = fuseki.send(fuseki.request("/").GET());
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("fuseki");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
            && Files.isDirectory(Path.of("src/test/browser/node_modules/puppeteer-core")), "needs chromium + puppeteer-core");
        Path shot = Files.createDirectories(Path.of("target/screenshots")).resolve("fuseki-query-ui.png");
        Process node = new ProcessBuilder("node", "src/test/browser/fuseki-query-ui.mjs", "http://localhost:" + sparql.port(), shot.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as(out).isZero();
        assertThat(JSON.readTree(out).path("rows").asInt()).isGreaterThan(0);
    }

    /** ontology/queries/*.rq, the SPARQL twins of the Cypher examples, answer on the seed over HTTP. */
    @Test
    @Order(7)
    void theExampleQueriesAnswerOnTheSeed() throws Exception {
        Map<String, String> expected = Map.of(
            "01_who_negotiates_for_whom.rq", "Rustem Umerov|Ukraine",
            "02_envoys_and_principals.rq", "Steve Witkoff|Donald Trump",
            "03_resignations_and_their_triggers.rq", "Andriy Yermak|anti-corruption raid",
            "04_a_persons_facts_with_evidence.rq", "negotiatorOf|Ukraine|led by Rustem Umerov");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("ontology/queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(files).hasSize(expected.size());
        for (Path f : files) {
            List<Map<String, String>> rows = select(Files.readString(f));
            String[] wanted = expected.get(f.getFileName().toString()).split("\\|");
            assertThat(rows).as(f.toString()).anySatisfy(row -> {
                String all = String.join(" ", row.values());
                for (String w : wanted) assertThat(all).contains(w);
            });
        }
    }

    // ------------------------------------------------------------ exports

    private static final Map<String, String> RDFLIB_FORMAT = Map.of("turtle", "turtle", "ntriples", "nt", "nquads", "nquads",
        "trig", "trig", "jsonld", "json-ld", "rdfxml", "xml");

    /** Every format parses in Jena and in rdflib (an independent parser) to the same number of statements. */
    @Test
    @Order(8)
    void everyExportFormatParsesInJenaAndInRdflib() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs Debian python3-rdflib (.ci/run installs it)");
        for (RdfExport.Format f : RdfExport.Format.values()) {
            Http.Response r = http.send(http.request("/api/export?format=" + f.name).GET());
            assertThat(r.status()).as(f.name).isEqualTo(200);
            assertThat(r.contentType()).startsWith(f.mediaType);
            DatasetGraph ds = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(f.lang).parse(ds);
            long jena = f.quads ? countQuads(ds) : ds.getDefaultGraph().size();
            assertThat(jena).as(f.name).isGreaterThan(100);
            Path file = Files.createTempFile("export", "." + f.extension);
            Files.writeString(file, r.body());
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", """
                import sys, rdflib
                ds = rdflib.Dataset()
                ds.parse(sys.argv[1], format=sys.argv[2])
                print(len(ds) if sys.argv[3] == 'quads' else len(set((s, p, o) for s, p, o, g in ds.quads((None, None, None, None)))))
                """, file.toString(), RDFLIB_FORMAT.get(f.name), f.quads ? "quads" : "triples").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor()).as(f.name + ": " + out).isZero();
            assertThat(Long.parseLong(out.lines().reduce((a, b) -> b).orElse("-1"))).as(f.name).isEqualTo(jena);
        }
    }

    private static long countQuads(DatasetGraph ds) {
        long n = 0;
        var it = ds.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Test
    @Order(9)
    void exportsAreContentNegotiated() {
        Http.Response nq = http.send(http.request("/api/export").header("Accept", "application/n-quads").GET());
        assertThat(nq.contentType()).startsWith("application/n-quads");
        assertThat(nq.body()).contains("<http://localhost:8080/graph/");
        Http.Response png = http.send(http.request("/api/export").header("Accept", "image/png").GET());
        assertThat(png.status()).isEqualTo(406);
        assertThat(png.body()).contains("turtle").contains("jsonld");
        Http.Response xml = http.send(http.request("/api/export?format=xml").GET());
        assertThat(xml.status()).isEqualTo(400);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        assertThat(xml.body()).contains("rdfxml");
    }

    @Test
    @Order(10)
    void theSeedGraphConformsToTheShapesAndABrokenOneDoesNot() {
        assertThat(shacl.validateAll()).isEmpty();
        Graph broken = GraphFactory.createDefaultGraph();
        var person = NodeFactory.createURI("http://localhost:8080/resource/person-nameless");
        broken.add(person, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(NG + "Person"));
        broken.add(person, NodeFactory.createURI(NG + "envoyOf"), NodeFactory.createURI("http://localhost:8080/resource/event-x"));
        List<ShaclValidation.Violation> violations = shacl.validate("broken", broken);
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.focusNode()).contains("person-nameless");
            assertThat(v.message()).isNotBlank();
        });
        assertThat(violations).anySatisfy(v -> assertThat(v.message()).contains("envoyOf"));
    }

    // ------------------------------------------------------------ dereferenceable IRIs

    @Test
    @Order(11)
    void entityIrisDereferenceBy303() {
        String iri = "/resource/person-rustem-umerov";
        Http.Response ttl = http.send(http.request(iri).header("Accept", "text/turtle").GET());
        assertThat(ttl.status()).isEqualTo(303);
        assertThat(ttl.header("Location")).isEqualTo("/data/person-rustem-umerov.ttl");
        Http.Response data = http.send(http.request(ttl.header("Location")).GET());
        assertThat(data.contentType()).startsWith("text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(data.body(), Lang.TURTLE).parse(g);
        var umerov = NodeFactory.createURI("http://localhost:8080" + iri);
        assertThat(g.contains(umerov, RDFS.label.asNode(), NodeFactory.createLiteralString("Rustem Umerov"))).isTrue();
        assertThat(g.contains(umerov, NodeFactory.createURI(NG + "negotiatorOf"), NodeFactory.createURI("http://localhost:8080/resource/country-ukraine"))).isTrue();

        Http.Response ld = http.send(http.request(iri).header("Accept", "application/ld+json").GET());
        assertThat(ld.header("Location")).isEqualTo("/data/person-rustem-umerov.jsonld");
        Http.Response ldData = http.send(http.request(ld.header("Location")).GET());
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ldData.body(), Lang.JSONLD).parse(g2);
        assertThat(g2.isIsomorphicWith(g)).isTrue();

        Http.Response html = http.send(http.request(iri).header("Accept", "text/html,application/xhtml+xml").GET());
        assertThat(html.header("Location")).isEqualTo("/entity/person-rustem-umerov");
        assertThat(http.send(http.request("/data/person-nobody.ttl").GET()).status()).isEqualTo(404);
    }

    /** A TDB2 store that is missing or behind is rebuilt from Neo4j at start (catch-up). */
    @Test
    @Order(11)
    void aMissingRdfStoreIsRebuiltFromNeo4j() throws Exception {
        Path fresh = Files.createTempDirectory("tdb2-fresh");
        try (RdfMirror mirror = RdfMirror.open(fresh, projection)) {
            assertThat(mirror.documentIds()).isEmpty();
            assertThat(mirror.catchUp()).isEqualTo(projection.documentIds().size());
            assertThat(mirror.documentIds()).containsExactlyInAnyOrderElementsOf(projection.documentIds());
            mirror.sync("0".repeat(64));                 // a document Neo4j does not have: no graph
            assertThat(mirror.documentIds()).hasSize(projection.documentIds().size());
            assertThat(mirror.catchUp()).isZero();       // nothing left to do
        }
    }

    // ------------------------------------------------------------ consistency with Neo4j

    private Map<String, Long> neo4jCounts() {
        try (var s = driver.session()) {
            Map<String, Long> m = new HashMap<>();
            s.run("MATCH ()-[r]->() WHERE r.relation IS NOT NULL RETURN r.relation AS rel, count(r) AS n")
                .forEachRemaining(r -> m.put(r.get("rel").asString(), r.get("n").asLong()));
            return m;
        }
    }

    private Map<String, Long> sparqlCounts() {
        Map<String, Long> m = new HashMap<>();
        for (Map<String, String> row : select("""
            SELECT ?p (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), "%s")) FILTER(isIRI(?o)) }
            } GROUP BY ?p""".formatted(NG))) {
            m.put(row.get("p").substring(NG.length()), Long.parseLong(row.get("n")));
        }
        return m;
    }

    @Test
    @Order(12)
    void factsPerRelationAgreeBetweenNeo4jAndSparqlAfterIngestAndDelete() throws Exception {
        Path dev = TestFiles.shared().resolve("eval/dev/articles");
        assumeTrue(Files.isDirectory(dev), "needs ../shared/eval/dev");
        for (Path f : DocumentReader.expand(List.of(dev))) {
            assertThat(ingestion.ingest(f).failed()).as(f.toString()).isFalse();
        }
        Map<String, Long> neo4j = neo4jCounts();
        assertThat(neo4j.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(50);
        assertThat(sparqlCounts()).isEqualTo(neo4j);

        String d01 = DocumentReader.read(dev.resolve("d01.txt")).id();
        assertThat(ingestion.delete(d01)).isTrue();
        Map<String, Long> afterNeo4j = neo4jCounts();
        assertThat(afterNeo4j).isNotEqualTo(neo4j);
        assertThat(sparqlCounts()).isEqualTo(afterNeo4j);
        assertThat(select("SELECT * WHERE { GRAPH <http://localhost:8080/graph/" + d01 + "> { ?s ?p ?o } } LIMIT 1")).isEmpty();
    }
}
