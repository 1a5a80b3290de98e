package dev.newsgraph.store;

import dev.newsgraph.NewsgraphProperties;
import dev.newsgraph.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jEndpointTest {

    @TempDir
    Path dir;

    @Test
    void withoutAUriTheEmbeddedDatabaseStartsInTheDataDir() {
        int port = TestFiles.freePort();
        var props = new NewsgraphProperties(dir, null, new NewsgraphProperties.Neo4j(null, null, null, null, port, "64m"));
        try (Neo4jEndpoint endpoint = Neo4jEndpoint.open(props)) {
            assertThat(endpoint.embedded()).isTrue();
            assertThat(endpoint.uri()).isEqualTo("bolt://localhost:" + port);
            assertThat(Files.isDirectory(dir.resolve("neo4j"))).isTrue();
        }
    }

    /** With a URI the app uses that server and starts no database of its own. */
    @Test
    void withAUriItUsesThatServerAndStartsNothing() {
        int port = TestFiles.freePort();
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir.resolve("server"), port, 64L << 20)) {
            Path appData = dir.resolve("app");
            var props = new NewsgraphProperties(appData, null,
                new NewsgraphProperties.Neo4j(server.boltUri(), "neo4j", "unused", null, null, null));
            try (Neo4jEndpoint endpoint = Neo4jEndpoint.open(props);
                 Driver driver = GraphDatabase.driver(endpoint.uri(), AuthTokens.none())) {
                assertThat(endpoint.embedded()).isFalse();
                assertThat(endpoint.uri()).isEqualTo(server.boltUri());
                driver.verifyConnectivity();
                assertThat(Files.exists(appData.resolve("neo4j"))).isFalse();
            }
        }
    }
}
