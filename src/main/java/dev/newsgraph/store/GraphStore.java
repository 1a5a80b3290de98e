package dev.newsgraph.store;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes extractions into Neo4j through the driver: one managed transaction per document (retried by
 * the driver on transient errors), batched with UNWIND, MERGE on the canonical keys the schema
 * constrains. Labels and relationship types come from the ontology and are passed as parameters
 * (Cypher 5 dynamic labels), so no query text is ever assembled.
 */
public final class GraphStore {

    /** What happened to one document. */
    public enum Outcome { STORED, ALREADY_PRESENT }

    /**
     * MERGE under the document_id constraint: of two concurrent writers of the same text, the second
     * waits for the first and then finds the document, so it is stored once.
     */
    private static final String MERGE_DOCUMENT = """
        MERGE (d:Document {id: $id})
          ON CREATE SET d.name = $name, d.title = $title, d.url = $url, d.publishedAt = $publishedAt,
                        d.ingestedAt = $ingestedAt, d.tokens = $tokens, d.text = $text
        RETURN d.ingestedAt = $ingestedAt AS created
        """;

    private static final String MERGE_ENTITIES = """
        MATCH (d:Document {id: $documentId})
        UNWIND $entities AS e
        MERGE (n:Entity {key: e.key})
          ON CREATE SET n.id = e.id, n.name = e.name, n.type = e.type, n.of = e.of, n.aliases = []
        SET n:$(e.type), n.surname = coalesce(n.surname, e.surname), n.date = coalesce(n.date, e.date)
        SET n.aliases = reduce(acc = n.aliases, a IN e.aliases | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)
        MERGE (d)-[:MENTIONS]->(n)
        """;

    private static final String MERGE_FACTS = """
        UNWIND $facts AS f
        MATCH (s:Entity {key: f.subject}), (o:Entity {key: f.object})
        MERGE (s)-[r:$(f.type)]->(o)
          ON CREATE SET r.key = f.key, r.relation = f.relation, r.confidence = f.confidence, r.documents = []
        SET r.confidence = CASE WHEN f.confidence > r.confidence THEN f.confidence ELSE r.confidence END,
            r.documents = CASE WHEN $documentId IN r.documents THEN r.documents ELSE r.documents + $documentId END
        WITH f
        MATCH (d:Document {id: $documentId})
        CREATE (v:Evidence {factKey: f.key, relation: f.relation, documentId: $documentId, sentence: f.sentence,
                            start: f.start, end: f.end, confidence: f.confidence, rule: f.rule})
        CREATE (v)-[:EVIDENCE_IN]->(d)
        """;

    private final Driver driver;
    private final String database;
    private final Ontology ontology;
    private final EntityLinking linking = new EntityLinking();

    public GraphStore(Driver driver, String database, Ontology ontology) {
        this.driver = driver;
        this.database = database;
        this.ontology = ontology;
    }

    /** Applies {@code cypher/schema.cypher}; every statement there is IF NOT EXISTS, so this is idempotent. */
    public void applySchema() {
        try (Session session = session()) {
            for (String statement : schemaStatements()) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
    }

    static List<String> schemaStatements() {
        try (InputStream in = GraphStore.class.getClassLoader().getResourceAsStream("cypher/schema.cypher")) {
            if (in == null) throw new IllegalStateException("cypher/schema.cypher is not on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
            List<String> statements = new ArrayList<>();
            for (String s : text.split(";")) {
                if (!s.isBlank()) statements.add(s.strip());
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores one document's extraction atomically; the same text again changes nothing. */
    public Outcome write(Extraction x) {
        try (Session session = session()) {
            return session.executeWrite(tx -> writeDocument(tx, x) ? Outcome.STORED : Outcome.ALREADY_PRESENT);
        }
    }

    /**
     * Undoes one cross-document merge: the document is stored again from its new extraction, with that
     * merge vetoed for good, in one transaction (the graph never shows the document half-stored).
     */
    public void rewriteWithout(Extraction x, String mentionKey, String entityKey) {
        try (Session session = session()) {
            session.executeWrite(tx -> {
                tx.run("MERGE (:MergeVeto {documentId: $documentId, mentionKey: $mention, entityKey: $entity})",
                    Map.of("documentId", x.document().id(), "mention", mentionKey, "entity", entityKey)).consume();
                deleteDocument(tx, x.document().id());
                return writeDocument(tx, x);
            });
        }
    }

    /** Writes the document and its graph; false (and nothing written) if the document was there already. */
    private boolean writeDocument(TransactionContext tx, Extraction x) {
        var doc = x.document();
        Map<String, Object> params = new HashMap<>();
        params.put("id", doc.id());
        params.put("name", doc.name());
        params.put("title", doc.title());
        params.put("url", doc.url());
        params.put("publishedAt", doc.publishedAt() == null ? null : doc.publishedAt().atZone(ZoneOffset.UTC));
        params.put("ingestedAt", ZonedDateTime.now(ZoneOffset.UTC));
        params.put("tokens", x.tokens());
        params.put("text", doc.text());
        if (!tx.run(MERGE_DOCUMENT, params).single().get("created").asBoolean()) return false;

        // New people and organisations that are someone the graph knows join that node (recorded).
        List<EntityLinking.Merge> merges = linking.decide(tx, x);
        Map<String, String> keyOf = new HashMap<>();
        for (EntityLinking.Merge m : merges) keyOf.put(m.mentionKey(), m.link().targetKey());

        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : x.entities()) {
            Map<String, Object> row = new HashMap<>();
            List<String> aliases = new ArrayList<>(e.aliases());
            if (keyOf.containsKey(e.key())) aliases.add(e.name());   // the joined node keeps this document's name
            row.put("key", keyOf.getOrDefault(e.key(), e.key()));
            row.put("id", e.id());
            row.put("name", e.name());
            row.put("type", ontology.requireType(e.type()));
            row.put("of", e.of());
            row.put("aliases", aliases);
            row.put("surname", EntityLinking.surname(e));
            row.put("date", e.date());
            entities.add(row);
        }
        tx.run(MERGE_ENTITIES, Map.of("documentId", doc.id(), "entities", entities)).consume();
        linking.record(tx, doc.id(), merges);

        List<Map<String, Object>> facts = new ArrayList<>();
        for (Fact f : x.facts()) {
            Map<String, Object> row = new HashMap<>();
            String subject = keyOf.getOrDefault(f.subject().key(), f.subject().key());
            String object = keyOf.getOrDefault(f.object().key(), f.object().key());
            row.put("key", factKey(subject, f.relation(), object));
            row.put("subject", subject);
            row.put("object", object);
            row.put("relation", f.relation());
            row.put("type", ontology.requireRelation(f.relation()).neo4jType());
            row.put("confidence", f.confidence());
            row.put("sentence", f.evidence().sentence());
            row.put("start", f.evidence().start());
            row.put("end", f.evidence().end());
            row.put("rule", f.rule());
            facts.add(row);
        }
        tx.run(MERGE_FACTS, Map.of("documentId", doc.id(), "facts", facts)).consume();
        return true;
    }

    // Deleting a document removes what only it supported: facts it alone states, entities only it
    // mentions, its evidence; facts other documents also state stay, with their support updated.
    private static final String DELETE_FACTS_ONLY_IT_STATES = """
        MATCH (:Document {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
        WITH DISTINCT r WHERE r.documents = [$id]
        DELETE r
        """;
    private static final String UPDATE_SHARED_FACTS = """
        MATCH (:Document {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
        WITH DISTINCT r WHERE $id IN r.documents
        SET r.documents = [x IN r.documents WHERE x <> $id]
        WITH r
        OPTIONAL MATCH (v:Evidence {factKey: r.key}) WHERE v.documentId <> $id
        WITH r, max(v.confidence) AS best
        SET r.confidence = best
        """;
    private static final String DELETE_EVIDENCE = "MATCH (v:Evidence {documentId: $id}) DETACH DELETE v";
    private static final String DELETE_ENTITIES_ONLY_IT_MENTIONS = """
        MATCH (d:Document {id: $id})-[:MENTIONS]->(e:Entity)
        WHERE NOT EXISTS { MATCH (e)<-[:MENTIONS]-(other:Document) WHERE other <> d }
        DETACH DELETE e
        """;
    private static final String DELETE_MERGES = "MATCH (m:Merge {documentId: $id}) DETACH DELETE m";
    private static final String DELETE_DOCUMENT = "MATCH (d:Document {id: $id}) DETACH DELETE d RETURN count(*) AS n";

    /** Removes a document and exactly what only it supported; false if there is no such document. */
    public boolean delete(String documentId) {
        try (Session session = session()) {
            return session.executeWrite(tx -> deleteDocument(tx, documentId));
        }
    }

    private static boolean deleteDocument(TransactionContext tx, String documentId) {
        Map<String, Object> id = Map.of("id", documentId);
        if (!tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS present", id).single().get(0).asBoolean()) {
            return false;
        }
        tx.run(DELETE_MERGES, id).consume();
        tx.run(DELETE_FACTS_ONLY_IT_STATES, id).consume();
        tx.run(UPDATE_SHARED_FACTS, id).consume();
        tx.run(DELETE_EVIDENCE, id).consume();
        tx.run(DELETE_ENTITIES_ONLY_IT_MENTIONS, id).consume();
        return tx.run(DELETE_DOCUMENT, id).single().get("n").asLong() > 0;
    }

    public long documentCount() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong());
        }
    }

    /** The same (subject, relation, object) is one fact however many documents state it. */
    static String factKey(String subjectKey, String relation, String objectKey) {
        return subjectKey + " " + relation + " " + objectKey;
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}
