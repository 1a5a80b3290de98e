package dev.newsgraph.store;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import java.nio.file.Path;

/**
 * A Neo4j 5 database inside this process, reachable only over Bolt on localhost: the application
 * talks to it through the driver exactly as it would to a server, so there is one code path.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final String boltUri;
    /** Shuts the database down cleanly if the JVM exits without close(); dropped by close(). */
    private final Thread shutdownHook;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri) {
        this.service = service;
        this.boltUri = boltUri;
        this.shutdownHook = new Thread(service::shutdown, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts (or reopens) the database in {@code home}.
     *
     * @param boltPort the port of the Bolt connector on localhost
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheBytes) {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            // Bound to localhost only; like a fresh desktop database, no password to set first.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes > 0 ? pageCacheBytes : ByteUnit.mebiBytes(512))
            .build();
        return new EmbeddedNeo4j(service, "bolt://localhost:" + boltPort);
    }

    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyExiting) {
            // the JVM is shutting down: the hook runs (or ran) anyway
        }
        service.shutdown();
    }
}
