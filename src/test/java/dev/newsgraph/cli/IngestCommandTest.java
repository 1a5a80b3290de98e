package dev.newsgraph.cli;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.Ingestion;
import dev.newsgraph.TestFiles;
import dev.newsgraph.annotate.NlpReadiness;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.resolve.OfficeHolders;
import dev.newsgraph.resolve.OfficeHoldersTest;
import dev.newsgraph.store.EmbeddedNeo4j;
import dev.newsgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBatchWithBadFilesStoresTheGoodOnesAndNamesTheBadOnes() throws Exception {
        Path good1 = Files.copy(TestFiles.SEED, dir.resolve("seed.txt"));
        Path good2 = Files.writeString(dir.resolve("other.txt"), "Russia annexed Crimea in 2014, officials said.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2});
        Path missing = dir.resolve("missing.txt");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dir.resolve("neo4j"), TestFiles.freePort(), 64L << 20);
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            GraphStore store = new GraphStore(driver, "neo4j", Ontology.get());
            store.applySchema();
            Ingestion ingestion = new Ingestion(new NlpReadiness(ExtractionPipeline::shared), store, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

            int exit = IngestCommand.ingestAll(ingestion, List.of(good1, empty, binary, missing, good2),
                new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(exit).isEqualTo(1);
            assertThat(store.documentCount()).isEqualTo(2);
            String messages = err.toString(StandardCharsets.UTF_8);
            assertThat(messages).contains("empty.txt").contains("binary.txt").contains("missing.txt")
                .contains("ingested 2 documents").contains("3 failed").contains("5/5 files");

            // again: everything already there, nothing new
            err.reset();
            IngestCommand.ingestAll(ingestion, List.of(good1, good2), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingested 0 documents").contains("2 already present");
            assertThat(store.documentCount()).isEqualTo(2);
        }
    }

    /** The command as a user runs it: Spring without a web server, the embedded database in the data dir. */
    @Test
    void theIngestCommandRunsWithoutAWebServer() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "US special envoy Keith Kellogg arrived in Warsaw on Wednesday.");
        int exit = Cli.run(new String[] {"ingest", article.toString(), "--newsgraph.data-dir=" + dir.resolve("data"),
            "--newsgraph.neo4j.bolt-port=" + TestFiles.freePort(), "--newsgraph.neo4j.page-cache=64m"});
        assertThat(exit).isZero();
        assertThat(dir.resolve("data/neo4j")).isDirectory();
        assertThat(Cli.run(new String[] {"frobnicate"})).isEqualTo(2);
    }

    @Test
    void factsBelowTheConfiguredConfidenceAreNotStored() throws Exception {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dir.resolve("neo4j-threshold"), TestFiles.freePort(), 64L << 20);
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            GraphStore store = new GraphStore(driver, "neo4j", Ontology.get());
            store.applySchema();
            Ingestion strict = new Ingestion(new NlpReadiness(ExtractionPipeline::shared), store,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), List.of(), 0.9);
            Ingestion.Result r = strict.ingest(TestFiles.SEED);
            assertThat(r.failed()).isFalse();
            try (var s = driver.session()) {
                double lowest = s.run("MATCH ()-[r]->() WHERE r.relation IS NOT NULL RETURN coalesce(min(r.confidence), 1.0) AS c")
                    .single().get("c").asDouble();
                long facts = s.run("MATCH ()-[r]->() WHERE r.relation IS NOT NULL RETURN count(r) AS n").single().get("n").asLong();
                assertThat(lowest).isGreaterThanOrEqualTo(0.9);
                assertThat(facts).isLessThan(r.facts() + 1).isGreaterThan(0);
            }
        }
    }

    /** A folder is read together: the office a story names in passing is filled from the others, and stored. */
    @Test
    void aFolderIsReadTogether() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), OfficeHoldersTest.TITLED_A);
        Path b = Files.writeString(dir.resolve("b.txt"), OfficeHoldersTest.TITLED_B);
        Path c = Files.writeString(dir.resolve("c.txt"), OfficeHoldersTest.IN_PASSING);
        String filled = "MATCH (v:Evidence {relation: 'holdsPosition'}) WHERE v.rule STARTS WITH $rule"
            + " MATCH (:Entity {name: 'Tomas Brandt'})-[r {key: v.factKey}]->(:Entity {name: 'Prime Minister'}) RETURN v.sentence AS s";
        for (double threshold : new double[] {0.0, 0.6}) {
            try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dir.resolve("neo4j-together-" + threshold), TestFiles.freePort(), 64L << 20);
                 Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
                GraphStore store = new GraphStore(driver, "neo4j", Ontology.get());
                store.applySchema();
                Ingestion ingestion = new Ingestion(new NlpReadiness(ExtractionPipeline::shared), store,
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), List.of(), threshold);
                assertThat(IngestCommand.ingestAll(ingestion, List.of(a, b, c), new PrintStream(new ByteArrayOutputStream()))).isZero();
                try (var s = driver.session()) {
                    List<String> sentences = s.run(filled, java.util.Map.of("rule", OfficeHolders.RULE)).list(r -> r.get("s").asString());
                    // the filled fact is a guess at 0.5: a store that keeps only surer facts does not get it
                    if (threshold == 0.0) assertThat(sentences).singleElement().asString().contains("accused the prime minister");
                    else assertThat(sentences).isEmpty();
                }
            }
        }
    }
}
