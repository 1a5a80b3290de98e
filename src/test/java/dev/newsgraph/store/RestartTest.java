package dev.newsgraph.store;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.TestFiles;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ontology.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RestartTest {

    @TempDir
    Path home;

    private record Counts(long nodes, long relationships, long negotiators) {
    }

    private Counts counts(Driver driver) {
        try (Session s = driver.session()) {
            return new Counts(
                s.run("MATCH (n) RETURN count(n)").single().get(0).asLong(),
                s.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong(),
                s.run("MATCH (:Person {name: 'Rustem Umerov'})-[:NEGOTIATOR_OF]->(:Country {name: 'Ukraine'}) RETURN count(*)").single().get(0).asLong());
        }
    }

    @Test
    void theGraphSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
        var seed = ExtractionPipeline.shared().process(DocumentReader.read(TestFiles.SEED));
        int port = TestFiles.freePort();
        Counts before;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, port, 64L << 20);
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            GraphStore store = new GraphStore(driver, "neo4j", Ontology.get());
            store.applySchema();
            store.write(seed);
            before = counts(driver);
        }
        assertThat(before.negotiators()).isEqualTo(1);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, port, 64L << 20);
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThat(counts(driver)).isEqualTo(before);
            GraphStore store = new GraphStore(driver, "neo4j", Ontology.get());
            store.applySchema();
            assertThat(store.write(seed)).isEqualTo(GraphStore.Outcome.ALREADY_PRESENT);
        }
    }
}
