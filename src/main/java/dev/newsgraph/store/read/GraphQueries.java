package dev.newsgraph.store.read;

import dev.newsgraph.store.read.Views.DocumentDetail;
import dev.newsgraph.store.read.Views.DocumentView;
import dev.newsgraph.store.read.Views.Edge;
import dev.newsgraph.store.read.Views.EntityDetail;
import dev.newsgraph.store.read.Views.EntitySummary;
import dev.newsgraph.store.read.Views.EvidenceView;
import dev.newsgraph.store.read.Views.FactView;
import dev.newsgraph.store.read.Views.Neighborhood;
import dev.newsgraph.store.read.Views.Page;
import dev.newsgraph.store.read.Views.PathView;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lookups applications make (REST): every query is fixed text with parameters; what a user types
 * is only ever a parameter value.
 */
public final class GraphQueries {

    /** Facts are the relationships with a relation name; MENTIONS and EVIDENCE_IN are bookkeeping. */
    private static final String IS_FACT = "r.relation IS NOT NULL";
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");
    /** shortestPath needs a literal bound; one fixed query per allowed maximum, chosen by number. */
    private static final List<String> PATH_QUERIES = buildPathQueries(6);

    private final Driver driver;
    private final String database;

    public GraphQueries(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    public static int maxPathHops() {
        return PATH_QUERIES.size();
    }

    private <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(work);
        }
    }

    // ------------------------------------------------------------------ entities

    /** Fulltext search over names and aliases, best first; without q, entities by name. */
    public List<EntitySummary> searchEntities(String q, String type, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", type);
        p.put("limit", limit);
        if (q == null || q.isBlank()) {
            return read(tx -> tx.run("""
                MATCH (n:Entity) WHERE $type IS NULL OR n.type = $type
                RETURN n ORDER BY n.name LIMIT $limit
                """, p).list(r -> summary(r.get("n").asNode())));
        }
        p.put("q", luceneQuery(q));
        return read(tx -> tx.run("""
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            WHERE $type IS NULL OR node.type = $type
            RETURN node ORDER BY score DESC, node.name LIMIT $limit
            """, p).list(r -> summary(r.get("node").asNode())));
    }

    /** Each word of the user's text as a literal term (escaped), all required; the last also as a prefix. */
    static String luceneQuery(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = LUCENE_SPECIAL.matcher(words[i]).replaceAll("\\\\$1");
            if (w.isEmpty()) continue;
            if (!b.isEmpty()) b.append(" AND ");
            b.append(i == words.length - 1 ? "(" + w + " OR " + w + "*)" : w);
        }
        return b.toString();
    }

    public Optional<EntityDetail> entity(String id) {
        return read(tx -> {
            List<Record> found = tx.run("""
                MATCH (e:Entity {id: $id})
                OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
                RETURN e, collect(d.id) AS documents
                """, Map.of("id", id)).list();
            if (found.isEmpty()) return Optional.empty();
            EntitySummary e = summary(found.get(0).get("e").asNode());
            List<String> documents = found.get(0).get("documents").asList(Value::asString);
            List<FactView> out = facts(tx, "MATCH (s:Entity {id: $id})-[r]->(o:Entity) WHERE " + IS_FACT, Map.of("id", id));
            List<FactView> in = facts(tx, "MATCH (s:Entity)-[r]->(o:Entity {id: $id}) WHERE " + IS_FACT, Map.of("id", id));
            return Optional.of(new EntityDetail(e, documents, out, in));
        });
    }

    /** Facts of a MATCH that binds s, r, o, each with its evidence. */
    private List<FactView> facts(TransactionContext tx, String match, Map<String, Object> params) {
        return tx.run(match + """

            OPTIONAL MATCH (v:Evidence {factKey: r.key})
            WITH s, r, o, v ORDER BY v.confidence DESC
            RETURN s, r, o, collect(v) AS evidence
            ORDER BY r.relation, s.name, o.name
            """, params).list(GraphQueries::fact);
    }

    /** The entity's neighbourhood, hop by hop (each hop one query over the frontier), at most {@code cap} edges. */
    public Optional<Neighborhood> neighbors(String id, int depth, String relation, int cap) {
        return read(tx -> {
            List<Record> center = tx.run("MATCH (e:Entity {id: $id}) RETURN e", Map.of("id", id)).list();
            if (center.isEmpty()) return Optional.empty();
            Map<String, EntitySummary> nodes = new LinkedHashMap<>();
            EntitySummary c = summary(center.get(0).get("e").asNode());
            nodes.put(c.id(), c);
            Map<String, Edge> edges = new LinkedHashMap<>();
            Set<String> frontier = Set.of(id);
            boolean truncated = false;
            for (int hop = 0; hop < depth && !frontier.isEmpty() && !truncated; hop++) {
                Map<String, Object> p = new HashMap<>();
                p.put("frontier", List.copyOf(frontier));
                p.put("relation", relation);
                p.put("limit", cap + 1);
                List<Record> rows = tx.run("""
                    MATCH (a:Entity)-[r]-(b:Entity)
                    WHERE a.id IN $frontier AND r.relation IS NOT NULL AND ($relation IS NULL OR r.relation = $relation)
                    RETURN DISTINCT startNode(r) AS s, r, endNode(r) AS o LIMIT $limit
                    """, p).list();
                Set<String> next = new LinkedHashSet<>();
                for (Record row : rows) {
                    if (edges.size() >= cap) {
                        truncated = true;
                        break;
                    }
                    EntitySummary s = summary(row.get("s").asNode());
                    EntitySummary o = summary(row.get("o").asNode());
                    Relationship r = row.get("r").asRelationship();
                    edges.putIfAbsent(r.get("key").asString(),
                        new Edge(s.id(), o.id(), r.get("relation").asString(), r.get("confidence").asDouble()));
                    for (EntitySummary n : List.of(s, o)) {
                        if (nodes.putIfAbsent(n.id(), n) == null) next.add(n.id());
                    }
                }
                frontier = next;
            }
            return Optional.of(new Neighborhood(c, depth, List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated));
        });
    }

    /** Shortest paths over facts between two entities; empty if either is unknown. */
    public Optional<List<PathView>> paths(String from, String to, int maxHops) {
        return read(tx -> {
            long known = tx.run("MATCH (e:Entity) WHERE e.id IN [$from, $to] RETURN count(DISTINCT e.id) AS n",
                Map.of("from", from, "to", to)).single().get("n").asLong();
            if (known < (from.equals(to) ? 1 : 2)) return Optional.empty();
            List<PathView> paths = new ArrayList<>();
            for (Record row : tx.run(PATH_QUERIES.get(maxHops - 1), Map.of("from", from, "to", to)).list()) {
                Path path = row.get("p").asPath();
                List<EntitySummary> nodes = new ArrayList<>();
                path.nodes().forEach(n -> nodes.add(summary(n)));
                List<FactView> facts = new ArrayList<>();
                for (Path.Segment seg : path) {
                    Relationship r = seg.relationship();
                    boolean forward = r.startNodeElementId().equals(seg.start().elementId());
                    Node s = forward ? seg.start() : seg.end();
                    Node o = forward ? seg.end() : seg.start();
                    facts.add(new FactView(r.get("relation").asString(), summary(s), summary(o), r.get("confidence").asDouble(),
                        r.get("documents").asList(Value::asString), List.of()));
                }
                paths.add(new PathView(nodes, facts));
            }
            return Optional.of(paths);
        });
    }

    private static List<String> buildPathQueries(int max) {
        List<String> queries = new ArrayList<>();
        for (int hops = 1; hops <= max; hops++) {
            queries.add("""
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                MATCH p = allShortestPaths((a)-[*..%d]-(b))
                WHERE all(r IN relationships(p) WHERE r.relation IS NOT NULL)
                RETURN p LIMIT 10
                """.formatted(hops));
        }
        return List.copyOf(queries);
    }

    // ------------------------------------------------------------------ facts

    public Page<FactView> facts(String relation, String subject, String object, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("relation", relation);
        p.put("subject", subject);
        p.put("object", object);
        p.put("skip", (long) page * size);
        p.put("limit", size);
        String where = """
            MATCH (s:Entity)-[r]->(o:Entity)
            WHERE r.relation IS NOT NULL AND ($relation IS NULL OR r.relation = $relation)
              AND ($subject IS NULL OR s.id = $subject) AND ($object IS NULL OR o.id = $object)
            """;
        return read(tx -> {
            long total = tx.run(where + " RETURN count(r) AS n", p).single().get("n").asLong();
            List<FactView> items = tx.run(where + """
                WITH s, r, o ORDER BY r.relation, s.name, o.name SKIP $skip LIMIT $limit
                OPTIONAL MATCH (v:Evidence {factKey: r.key})
                WITH s, r, o, v ORDER BY v.confidence DESC
                RETURN s, r, o, collect(v) AS evidence
                ORDER BY r.relation, s.name, o.name
                """, p).list(GraphQueries::fact);
            return new Page<>(items, page, size, total);
        });
    }

    // ------------------------------------------------------------------ documents

    public Page<DocumentView> documents(int page, int size) {
        return read(tx -> {
            long total = tx.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong();
            List<DocumentView> items = tx.run("""
                MATCH (d:Document) RETURN d ORDER BY d.ingestedAt DESC, d.id SKIP $skip LIMIT $limit
                """, Map.of("skip", (long) page * size, "limit", size)).list(r -> document(r.get("d").asNode()));
            return new Page<>(items, page, size, total);
        });
    }

    public Optional<DocumentDetail> document(String id) {
        return read(tx -> {
            List<Record> found = tx.run("MATCH (d:Document {id: $id}) RETURN d", Map.of("id", id)).list();
            if (found.isEmpty()) return Optional.empty();
            List<EntitySummary> entities = tx.run("""
                MATCH (:Document {id: $id})-[:MENTIONS]->(e:Entity) RETURN e ORDER BY e.type, e.name
                """, Map.of("id", id)).list(r -> summary(r.get("e").asNode()));
            List<FactView> facts = tx.run("""
                MATCH (:Document {id: $id})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
                WHERE r.relation IS NOT NULL AND $id IN r.documents
                WITH DISTINCT s, r, o
                OPTIONAL MATCH (v:Evidence {factKey: r.key, documentId: $id})
                RETURN s, r, o, collect(v) AS evidence ORDER BY r.relation, s.name, o.name
                """, Map.of("id", id)).list(GraphQueries::fact);
            return Optional.of(new DocumentDetail(document(found.get(0).get("d").asNode()), entities, facts));
        });
    }

    // ------------------------------------------------------------------ mapping

    static EntitySummary summary(Node n) {
        return new EntitySummary(n.get("id").asString(null), n.get("name").asString(null), n.get("type").asString(null),
            n.get("of").asString(null), n.get("aliases").isNull() ? List.of() : n.get("aliases").asList(Value::asString),
            n.get("date").asString(null));
    }

    private static FactView fact(Record r) {
        Relationship rel = r.get("r").asRelationship();
        List<EvidenceView> evidence = r.get("evidence").asList(v -> {
            Node e = v.asNode();
            return new EvidenceView(e.get("documentId").asString(), e.get("sentence").asString(), e.get("start").asInt(),
                e.get("end").asInt(), e.get("confidence").asDouble(), e.get("rule").asString(null));
        });
        return new FactView(rel.get("relation").asString(), summary(r.get("s").asNode()), summary(r.get("o").asNode()),
            rel.get("confidence").asDouble(), rel.get("documents").asList(Value::asString), evidence);
    }

    private static DocumentView document(Node d) {
        return new DocumentView(d.get("id").asString(), d.get("name").asString(null), d.get("title").asString(null),
            d.get("url").asString(null), d.get("publishedAt").isNull() ? null : d.get("publishedAt").toString(),
            d.get("ingestedAt").isNull() ? null : d.get("ingestedAt").asZonedDateTime().toString(),
            d.get("tokens").asLong(0));
    }
}
