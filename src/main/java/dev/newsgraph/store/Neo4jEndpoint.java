package dev.newsgraph.store;

import dev.newsgraph.NewsgraphProperties;
import org.neo4j.configuration.SettingValueParsers;

/** Where the graph lives: an external server, or the embedded database this process starts. */
public final class Neo4jEndpoint implements AutoCloseable {

    private final String uri;
    private final EmbeddedNeo4j embedded;

    private Neo4jEndpoint(String uri, EmbeddedNeo4j embedded) {
        this.uri = uri;
        this.embedded = embedded;
    }

    public static Neo4jEndpoint open(NewsgraphProperties props) {
        NewsgraphProperties.Neo4j cfg = props.neo4j();
        if (cfg.external()) return new Neo4jEndpoint(cfg.uri(), null);
        long pageCache = SettingValueParsers.BYTES.parse(cfg.pageCache());
        EmbeddedNeo4j db = EmbeddedNeo4j.start(props.dataDir().resolve("neo4j").toAbsolutePath(), cfg.boltPort(), pageCache);
        return new Neo4jEndpoint(db.boltUri(), db);
    }

    public String uri() {
        return uri;
    }

    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) embedded.close();
    }
}
