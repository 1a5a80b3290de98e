package dev.newsgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same store contract against a Neo4j 5.26 server in a container. Runs where a Docker engine is
 * available; skipped (not failed) where there is none, as on our build machines.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerGraphStoreTest extends GraphStoreContract {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>(System.getProperty("neo4j.image", "neo4j:5.26"))
        .withoutAuthentication();

    static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none());
    }

    @AfterAll
    static void disconnect() {
        if (driver != null) driver.close();
    }

    @Override
    Driver driver() {
        return driver;
    }
}
