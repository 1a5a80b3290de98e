package dev.newsgraph.store;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.resolve.CrossDocumentLinker;
import dev.newsgraph.resolve.CrossDocumentLinker.Candidate;
import dev.newsgraph.resolve.CrossDocumentLinker.Link;
import dev.newsgraph.resolve.Initials;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document resolution at write time, inside the document's transaction: looks up the graph's
 * candidates for each new person or organisation, lets {@link CrossDocumentLinker} decide, and
 * records every merge as a (:Merge) node (which mention of which document joined which entity, by
 * which rule, with what score). A merge an analyst undid is a (:MergeVeto) and is never made again
 * for that document.
 */
final class EntityLinking {

    /** A decided merge: the mention's own key now points at the target entity. */
    record Merge(String id, String mention, String mentionKey, Link link) {
    }

    private static final String CANDIDATES = """
        MATCH (e:Entity) WHERE e.surname IN $surnames AND e.type = $type
        RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases
        LIMIT 200
        """;
    /** Organisations given with these initials ("EU" for the European Union): their surname is another word. */
    private static final String BY_INITIALS = """
        MATCH (e:Entity) WHERE e.type = 'Organization' AND $initials IN e.aliases
        RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases
        LIMIT 20
        """;
    private static final String SHARED_CONTEXT = """
        UNWIND $keys AS key
        MATCH (c:Entity {key: key})<-[:MENTIONS]-(:Document)-[:MENTIONS]->(o:Entity)
        WHERE o.key IN $context AND o.key <> key
        RETURN key, count(DISTINCT o) AS shared
        """;
    private static final String VETOES = "MATCH (v:MergeVeto {documentId: $documentId}) RETURN v.mentionKey AS mention, v.entityKey AS entity";
    private static final String RECORD = """
        MATCH (d:Document {id: $documentId})
        UNWIND $merges AS m
        MATCH (e:Entity {key: m.target})
        CREATE (x:Merge {id: m.id, documentId: $documentId, mention: m.mention, mentionKey: m.mentionKey,
                         entityKey: m.target, rule: m.rule, score: m.score, at: datetime()})
        CREATE (x)-[:MERGED_INTO]->(e)
        CREATE (x)-[:FROM_DOCUMENT]->(d)
        """;

    private final CrossDocumentLinker linker = new CrossDocumentLinker();

    /** The merges for the document's new entities; entities whose key the graph already has need none. */
    List<Merge> decide(TransactionContext tx, Extraction x) {
        String documentId = x.document().id();
        Set<String> vetoed = new HashSet<>();
        tx.run(VETOES, Map.of("documentId", documentId)).forEachRemaining(r -> vetoed.add(r.get("mention").asString() + " " + r.get("entity").asString()));
        List<String> context = x.entities().stream()
            .filter(e -> CrossDocumentLinker.linkable(e.type()) || e.type().equals("Position")).map(Entity::key).toList();
        Set<String> known = existing(tx, x.entities().stream().filter(e -> CrossDocumentLinker.linkable(e.type())).map(Entity::key).toList());
        List<Merge> merges = new ArrayList<>();
        for (Entity e : x.entities()) {
            if (!CrossDocumentLinker.linkable(e.type()) || known.contains(e.key())) continue;
            List<Candidate> candidates = candidates(tx, e, context);
            linker.link(e, candidates)
                .filter(link -> !vetoed.contains(e.key() + " " + link.targetKey()))
                .ifPresent(link -> merges.add(new Merge(mergeId(documentId, e.key()), e.name(), e.key(), link)));
        }
        return merges;
    }

    void record(TransactionContext tx, String documentId, List<Merge> merges) {
        if (merges.isEmpty()) return;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Merge m : merges) {
            rows.add(Map.of("id", m.id(), "mention", m.mention(), "mentionKey", m.mentionKey(),
                "target", m.link().targetKey(), "rule", m.link().rule(), "score", m.link().score()));
        }
        tx.run(RECORD, Map.of("documentId", documentId, "merges", rows)).consume();
    }

    /** The word candidates are looked up by, stored on each person and organisation node. */
    static String surname(Entity e) {
        return CrossDocumentLinker.linkable(e.type()) ? CrossDocumentLinker.surname(e.name()) : null;
    }

    /** Which of these keys the graph already has (those need no merge). */
    private static Set<String> existing(TransactionContext tx, List<String> keys) {
        Set<String> out = new HashSet<>();
        tx.run("UNWIND $keys AS key MATCH (e:Entity {key: key}) RETURN e.key AS key", Map.of("keys", keys))
            .forEachRemaining(r -> out.add(r.get("key").asString()));
        return out;
    }

    private static List<Candidate> candidates(TransactionContext tx, Entity e, List<String> context) {
        Set<String> surnames = new HashSet<>();
        for (String form : CrossDocumentLinker.forms(e.name(), e.aliases())) surnames.add(CrossDocumentLinker.surname(form));
        Map<String, Object> params = Map.of("surnames", List.copyOf(surnames), "type", e.type());
        Map<String, Candidate> found = new LinkedHashMap<>();
        tx.run(CANDIDATES, params).forEachRemaining(r -> found.put(r.get("key").asString(), candidate(r)));
        if (e.type().equals("Organization") && Initials.written(e.name())) {
            tx.run(BY_INITIALS, Map.of("initials", e.name())).forEachRemaining(r -> found.put(r.get("key").asString(), candidate(r)));
        }
        if (found.isEmpty()) return List.of();
        Map<String, Integer> shared = new HashMap<>();
        tx.run(SHARED_CONTEXT, Map.of("keys", List.copyOf(found.keySet()), "context", context))
            .forEachRemaining(r -> shared.put(r.get("key").asString(), r.get("shared").asInt()));
        return found.values().stream()
            .map(c -> new Candidate(c.key(), c.name(), c.type(), c.aliases(), shared.getOrDefault(c.key(), 0))).toList();
    }

    private static Candidate candidate(Record r) {
        return new Candidate(r.get("key").asString(), r.get("name").asString(), r.get("type").asString(),
            r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString), 0);
    }

    /** Stable across re-ingests of the same text, so a merge keeps its id. */
    static String mergeId(String documentId, String mentionKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((documentId + " " + mentionKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
