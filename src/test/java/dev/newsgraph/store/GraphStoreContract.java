package dev.newsgraph.store;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.TestFiles;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Evidence;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the store must do, whichever Neo4j it talks to: the embedded database (always) and a Neo4j
 * server in a container (where Docker exists). Subclasses supply the driver.
 */
abstract class GraphStoreContract {

    static Extraction seed;
    static Extraction second;

    abstract Driver driver();

    GraphStore store;

    @BeforeAll
    static void extractOnce() throws Exception {
        ExtractionPipeline pipeline = ExtractionPipeline.shared();
        seed = pipeline.process(DocumentReader.read(TestFiles.SEED));
        String other = "Steve Witkoff, Trump's envoy, flew to Moscow on Thursday. Russia annexed Crimea in 2014.";
        second = pipeline.process(DocumentReader.fromBytes(other.getBytes(), "second", "test"));
    }

    @BeforeEach
    void emptyGraph() {
        try (Session s = driver().session()) {
            s.run("MATCH (n) DETACH DELETE n").consume();
        }
        store = new GraphStore(driver(), "neo4j", Ontology.get());
        store.applySchema();
    }

    List<Record> query(String cypher, Map<String, Object> params) {
        try (Session s = driver().session()) {
            return s.run(cypher, params).list();
        }
    }

    long count(String cypher) {
        return query(cypher, Map.of()).get(0).get(0).asLong();
    }

    @Test
    void theSeedsMissionFactsAreStoredWithTheirEvidence() {
        assertThat(store.write(seed)).isEqualTo(GraphStore.Outcome.STORED);
        String text = TestFiles.seedText();
        for (String[] f : new String[][] {
            {"Rustem Umerov", "NEGOTIATOR_OF", "Ukraine"},
            {"Steve Witkoff", "ENVOY_OF", "Donald Trump"},
            {"Andriy Yermak", "RESIGNED_AFTER", "significant anti-corruption raid at Andriy Yermak's residence"}}) {
            List<Record> rows = query("""
                MATCH (s:Entity {name: $s})-[r]->(o:Entity {name: $o}) WHERE type(r) = $type
                MATCH (v:Evidence {factKey: r.key})-[:EVIDENCE_IN]->(d:Document)
                RETURN r.confidence AS confidence, r.documents AS documents, v.sentence AS sentence,
                       v.start AS start, v.end AS end, d.id AS doc
                """, Map.of("s", f[0], "type", f[1], "o", f[2]));
            assertThat(rows).as(String.join(" ", f)).hasSize(1);
            Record r = rows.get(0);
            assertThat(r.get("confidence").asDouble()).isBetween(0.5, 1.0);
            assertThat(r.get("documents").asList()).containsExactly(seed.document().id());
            assertThat(r.get("doc").asString()).isEqualTo(seed.document().id());
            assertThat(text.substring(r.get("start").asInt(), r.get("end").asInt())).isEqualTo(r.get("sentence").asString());
        }
    }

    @Test
    void entitiesAreLabelledByTypeWithANameAndDocumentsHaveTheirMetadata() {
        store.write(seed);
        assertThat(query("MATCH (p:Person:Entity {name: 'Rustem Umerov'}) RETURN p.aliases AS a", Map.of()))
            .singleElement().satisfies(r -> assertThat(r.get("a").asList()).contains("Umerov"));
        assertThat(count("MATCH (c:Country {name: 'Ukraine'}) RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (e:Event) RETURN count(e)")).isGreaterThanOrEqualTo(1);
        assertThat(count("MATCH (n:Entity) WHERE n.name IS NULL OR size(labels(n)) <> 2 RETURN count(n)")).isZero();
        Record d = query("MATCH (d:Document) RETURN d", Map.of()).get(0);
        assertThat(d.get("d").get("id").asString()).isEqualTo(seed.document().id());
        assertThat(d.get("d").get("ingestedAt").isNull()).isFalse();
    }

    @Test
    void ingestingTheSameTextTwiceChangesNothing() {
        store.write(seed);
        long nodes = count("MATCH (n) RETURN count(n)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        assertThat(store.write(seed)).isEqualTo(GraphStore.Outcome.ALREADY_PRESENT);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }

    @Test
    void aSecondDocumentJoinsTheSameNodesAndAddsItsSupport() {
        store.write(seed);
        store.write(second);
        assertThat(count("MATCH (p:Person {name: 'Steve Witkoff'}) RETURN count(p)")).isEqualTo(1);
        assertThat(query("MATCH (:Country {name: 'Russia'})-[r:ANNEXED]->(:Location {name: 'Crimea'}) RETURN r.documents AS d", Map.of()))
            .singleElement().satisfies(r -> assertThat(r.get("d").asList())
                .containsExactlyInAnyOrder(seed.document().id(), second.document().id()));
        assertThat(count("MATCH (v:Evidence {relation: 'annexed'}) RETURN count(v)")).isEqualTo(2);
    }

    @Test
    void aDocumentThatFailsHalfwayLeavesNothingBehind() {
        Entity ok = seed.entities().get(0);
        Entity bad = new Entity("company:acme", "Acme", "Company", null, List.of());
        Extraction broken = new Extraction(second.document(), List.of(ok, bad),
            List.of(new Fact(ok, "marriedTo", bad, 0.9, new Evidence("x", 0, 1), "test")), 1);
        long nodes = count("MATCH (n) RETURN count(n)");
        assertThatThrownBy(() -> store.write(broken)).hasMessageContaining("Company");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(store.documentCount()).isZero();
    }

    @Test
    void theSchemaIsInPlaceAndReapplyingItIsHarmless() {
        store.applySchema();
        List<String> constraints = query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of()).stream()
            .map(r -> r.get("name").asString()).toList();
        assertThat(constraints).contains("entity_key", "document_id");
        List<String> indexes = query("SHOW INDEXES YIELD name, type RETURN name, type", Map.of()).stream()
            .map(r -> r.get("name").asString() + ":" + r.get("type").asString()).toList();
        assertThat(indexes).contains("entity_names:FULLTEXT", "evidence_fact:RANGE");
        store.write(seed);
        List<Record> hits = query("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS n",
            Map.of("q", "Umerov"));
        assertThat(hits).extracting(r -> r.get("n").asString()).contains("Rustem Umerov");
    }

    private static final Pattern PARAM = Pattern.compile("^// @param (\\w+) (.+)$", Pattern.MULTILINE);

    /** Every query a Browser user is given in cypher/queries/ runs and finds something in the seed graph. */
    @Test
    void theExampleQueriesRunOnTheSeedGraph() throws IOException {
        store.write(seed);
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("cypher/queries"))) {
            files = list.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            String cypher = Files.readString(file);
            Map<String, Object> params = new java.util.HashMap<>();
            Matcher m = PARAM.matcher(cypher);
            while (m.find()) params.put(m.group(1), m.group(2).strip());
            String statement = cypher.replaceAll("(?m)^//.*$", "").strip().replaceAll(";$", "");
            List<Record> rows = query(statement, params);
            assertThat(rows).as(file.toString()).isNotEmpty();
        }
        assertThat(query(Files.readString(Path.of("cypher/queries/01_who_negotiates_for_whom.cypher")).replaceAll(";\\s*$", ""), Map.of()))
            .anySatisfy(r -> {
                assertThat(r.get("negotiator").asString()).isEqualTo("Rustem Umerov");
                assertThat(r.get("negotiatesFor").asString()).isEqualTo("Ukraine");
                assertThat(r.get("evidence").asString()).contains("led by Rustem Umerov");
            });
    }

    // ------------------------------------------------------------------ cross-document merges

    private static Entity person(String name, String... aliases) {
        return entity("Person", name, aliases);
    }

    private static Entity entity(String type, String name, String... aliases) {
        return new Entity(type.toLowerCase() + ":" + name.toLowerCase(), name, type, null, List.of(aliases));
    }

    /** A document whose text is {@code text}, naming {@code entities}, stating subject -relation-> object. */
    private static Extraction doc(String text, List<Entity> entities, Entity subject, String relation, Entity object) throws Exception {
        var source = DocumentReader.fromBytes(text.getBytes(), "d" + Math.abs(text.hashCode()), "test");
        Fact f = new Fact(subject, relation, object, 0.8, new Evidence(text, 0, text.length()), "test");
        return new Extraction(source, entities, List.of(f), 10);
    }

    private long nodesNamed(String type, String surname) {
        return query("MATCH (e:Entity {type: $type}) WHERE e.surname = $s RETURN count(e)", Map.of("type", type, "s", surname)).get(0).get(0).asLong();
    }

    /** Stores a document naming Vince Cable of the Liberal Democrats, then {@code text} naming only "Cable" and the party. */
    private Extraction vinceCableThenCable(String text) throws Exception {
        Entity party = entity("Organization", "Liberal Democrats");
        Entity vince = person("Vince Cable", "Cable");
        store.write(doc("Vince Cable of the Liberal Democrats spoke.", List.of(vince, party), vince, "memberOf", party));
        Entity cable = person("Cable");
        Extraction later = doc(text, List.of(cable, party), cable, "memberOf", party);
        store.write(later);
        return later;
    }

    @Test
    void aBareSurnameJoinsTheOnePersonOfThatNameTheDocumentsShareContextWithAndTheMergeIsLogged() throws Exception {
        Extraction later = vinceCableThenCable("Mr Cable, of the Liberal Democrats, criticised the Treasury.");

        assertThat(nodesNamed("Person", "cable")).isEqualTo(1);
        List<MergeLog.Merge> merges = new MergeLog(driver(), "neo4j").list(null, null, 10);
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.mention()).isEqualTo("Cable");
            assertThat(m.entityName()).isEqualTo("Vince Cable");
            assertThat(m.documentId()).isEqualTo(later.document().id());
            assertThat(m.rule()).isIn("shared-name", "surname-in-context");
            assertThat(m.score()).isBetween(0.5, 1.0);
        });
        // the later document's fact is on the joined node, supported by both documents
        List<Record> fact = query("MATCH (:Person {name: 'Vince Cable'})-[r:MEMBER_OF]->(:Organization {name: 'Liberal Democrats'}) RETURN r.documents AS d", Map.of());
        assertThat(fact).singleElement().satisfies(r -> assertThat(r.get("d").asList()).hasSize(2));
        assertThat(new MergeLog(driver(), "neo4j").list("person-vince-cable", null, 10)).hasSize(1);
        assertThat(new MergeLog(driver(), "neo4j").list("person-someone-else", null, 10)).isEmpty();
    }

    @Test
    void twoPeopleWithOneSurnameAreNeverJoinedWithoutEvidence() throws Exception {
        Entity labour = entity("Organization", "Labour");
        Entity tony = person("Tony Blair", "Blair");
        Entity cherie = person("Cherie Blair", "Blair");
        Entity court = entity("Organization", "High Court");
        store.write(doc("Tony Blair led Labour.", List.of(tony, labour), tony, "leaderOf", labour));
        store.write(doc("Cherie Blair spoke at the High Court.", List.of(cherie, court), cherie, "memberOf", court));
        Entity blair = person("Blair");
        Entity club = entity("Organization", "Football Club");
        store.write(doc("Blair joined the Football Club.", List.of(blair, club), blair, "memberOf", club));

        assertThat(nodesNamed("Person", "blair")).isEqualTo(3);
        assertThat(new MergeLog(driver(), "neo4j").list(null, null, 10)).isEmpty();
    }

    @Test
    void anOrganisationGivenWithItsInitialsJoinsTheNodeNamedByThemInSharedContext() throws Exception {
        Entity rehn = person("Olli Rehn");
        Entity initials = entity("Organization", "EU");
        store.write(doc("Olli Rehn of the EU spoke.", List.of(rehn, initials), rehn, "memberOf", initials));
        Entity union = entity("Organization", "European Union", "EU");
        store.write(doc("Olli Rehn of the European Union (EU) spoke again.", List.of(rehn, union), rehn, "memberOf", union));

        assertThat(query("MATCH (e:Organization) RETURN count(e)", Map.of()).get(0).get(0).asLong()).isEqualTo(1);
        assertThat(new MergeLog(driver(), "neo4j").list(null, null, 10)).singleElement().satisfies(m -> {
            assertThat(m.mention()).isEqualTo("European Union");
            assertThat(m.entityName()).isEqualTo("EU");
            assertThat(m.rule()).isEqualTo("initials-in-context");
        });
    }

    @Test
    void initialsAloneJoinTheOrganisationGivenWithThemWithoutSharedContext() throws Exception {
        Entity union = entity("Organization", "European Union", "EU");
        Entity rehn = person("Olli Rehn");
        store.write(doc("Olli Rehn of the European Union (EU) spoke.", List.of(rehn, union), rehn, "memberOf", union));
        Entity initials = entity("Organization", "EU");
        Entity vike = person("Vaira Vike-Freiberga");
        store.write(doc("Vaira Vike-Freiberga praised the EU.", List.of(vike, initials), vike, "allyOf", initials));

        assertThat(query("MATCH (e:Organization) RETURN count(e)", Map.of()).get(0).get(0).asLong()).isEqualTo(1);
        assertThat(new MergeLog(driver(), "neo4j").list(null, null, 10)).singleElement().satisfies(m -> {
            assertThat(m.mention()).isEqualTo("EU");
            assertThat(m.entityName()).isEqualTo("European Union");
        });
    }

    @Test
    void anUndoneMergeMakesTheMentionItsOwnEntityAndStaysUndoneOnReingest() throws Exception {
        Extraction later = vinceCableThenCable("Cable, of the Liberal Democrats, spoke again.");
        MergeLog log = new MergeLog(driver(), "neo4j");
        MergeLog.Merge merge = log.list(null, null, 10).get(0);
        assertThat(log.source(later.document().id())).get().extracting(d -> d.text()).isEqualTo(later.document().text());

        store.rewriteWithout(later, merge.mentionKey(), merge.entityKey());

        assertThat(nodesNamed("Person", "cable")).isEqualTo(2);
        assertThat(log.list(null, null, 10)).isEmpty();
        assertThat(query("MATCH (:Person {name: 'Cable'})-[r:MEMBER_OF]->() RETURN r.documents AS d", Map.of()))
            .singleElement().satisfies(r -> assertThat(r.get("d").asList()).containsExactly(later.document().id()));
        // deleted and ingested again: the veto holds
        store.delete(later.document().id());
        store.write(later);
        assertThat(nodesNamed("Person", "cable")).isEqualTo(2);
        assertThat(log.list(null, null, 10)).isEmpty();
        assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(2);
    }
}
