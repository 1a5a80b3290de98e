package dev.newsgraph.store;

import dev.newsgraph.ingest.SourceDocument;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the record of cross-document merges, for analysts (list) and for undoing one. */
public final class MergeLog {

    /**
     * One mention of one document that joined an entity already in the graph.
     *
     * @param mention    the name the document used
     * @param mentionKey the key that mention would have had on its own
     * @param entityId   the entity it joined (public id)
     */
    public record Merge(String id, String documentId, String documentName, String mention, String mentionKey,
                        String entityId, String entityKey, String entityName, String rule, double score, String at) {
    }

    private static final String LIST = """
        MATCH (m:Merge)-[:MERGED_INTO]->(e:Entity)
        WHERE ($entity IS NULL OR e.id = $entity) AND ($document IS NULL OR m.documentId = $document)
        OPTIONAL MATCH (m)-[:FROM_DOCUMENT]->(d:Document)
        RETURN m, e, d.name AS documentName
        ORDER BY m.at DESC, m.id LIMIT $limit
        """;

    private final Driver driver;
    private final String database;

    public MergeLog(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Newest first; {@code entityId} and {@code documentId} narrow the list when given. */
    public List<Merge> list(String entityId, String documentId, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("entity", entityId);
        p.put("document", documentId);
        p.put("limit", limit);
        try (Session s = session()) {
            return s.executeRead(tx -> tx.run(LIST, p).list(MergeLog::merge));
        }
    }

    public Optional<Merge> get(String mergeId) {
        try (Session s = session()) {
            return s.executeRead(tx -> tx.run("""
                MATCH (m:Merge {id: $id})-[:MERGED_INTO]->(e:Entity)
                OPTIONAL MATCH (m)-[:FROM_DOCUMENT]->(d:Document)
                RETURN m, e, d.name AS documentName
                """, Map.of("id", mergeId)).list(MergeLog::merge)).stream().findFirst();
        }
    }

    /** The stored text of a document, to extract it again; empty if unknown or stored without text. */
    public Optional<SourceDocument> source(String documentId) {
        try (Session s = session()) {
            return s.executeRead(tx -> tx.run("MATCH (d:Document {id: $id}) WHERE d.text IS NOT NULL RETURN d",
                Map.of("id", documentId)).list(r -> {
                    var d = r.get("d").asNode();
                    Value published = d.get("publishedAt");
                    return new SourceDocument(documentId, d.get("name").asString(null), d.get("title").asString(null),
                        d.get("url").asString(null), published.isNull() ? null : published.asZonedDateTime().toInstant(),
                        d.get("text").asString());
                })).stream().findFirst();
        }
    }

    private static Merge merge(Record r) {
        var m = r.get("m").asNode();
        var e = r.get("e").asNode();
        return new Merge(m.get("id").asString(), m.get("documentId").asString(), r.get("documentName").asString(null),
            m.get("mention").asString(), m.get("mentionKey").asString(), e.get("id").asString(), e.get("key").asString(),
            e.get("name").asString(), m.get("rule").asString(), m.get("score").asDouble(), m.get("at").asZonedDateTime().toString());
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}
