package dev.newsgraph.store;

import dev.newsgraph.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.nio.file.Path;

/** The store contract against the embedded Neo4j, over Bolt, exactly as the application uses it. */
class EmbeddedGraphStoreTest extends GraphStoreContract {

    @TempDir
    static Path home;
    static EmbeddedNeo4j db;
    static Driver driver;

    @BeforeAll
    static void start() {
        db = EmbeddedNeo4j.start(home.resolve("neo4j"), TestFiles.freePort(), 64L << 20);
        driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void stop() {
        driver.close();
        db.close();
    }

    @Override
    Driver driver() {
        return driver;
    }
}
