package dev.newsgraph;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Configuration under {@code newsgraph.*}; each can also be set by environment variable
 * (NEWSGRAPH_DATA_DIR, NEWSGRAPH_NEO4J_URI, NEWSGRAPH_NEO4J_USER, NEWSGRAPH_NEO4J_PASSWORD, ...).
 *
 * @param dataDir where the embedded database (and later the RDF store) live
 * @param seeds   articles ingested when {@code serve} finds the graph empty
 */
@ConfigurationProperties("newsgraph")
public record NewsgraphProperties(Path dataDir, Path seeds, Neo4j neo4j) {

    public NewsgraphProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (seeds == null) seeds = Path.of("seeds");
        if (neo4j == null) neo4j = new Neo4j(null, null, null, null, 7687, null);
    }

    /**
     * @param uri      an external server (bolt:// or neo4j://); empty = start the embedded database
     * @param boltPort port of the embedded database's Bolt connector (localhost only)
     * @param pageCache page cache of the embedded database, e.g. 512m
     */
    public record Neo4j(String uri, String user, String password, String database, Integer boltPort, String pageCache) {
        public Neo4j {
            if (database == null || database.isBlank()) database = "neo4j";
            if (boltPort == null) boltPort = 7687;
            if (pageCache == null || pageCache.isBlank()) pageCache = "512m";
        }

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }
}
