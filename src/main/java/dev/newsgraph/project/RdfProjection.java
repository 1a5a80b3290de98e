package dev.newsgraph.project;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;

/**
 * The graph-to-RDF mapping, in one place: one document of the Neo4j graph becomes the quads of its
 * own named graph, sent to a {@link StreamRDF} (a file writer, a TDB2 dataset, a validator), never
 * built as one big model. What is in a document's graph:
 * <ul>
 *   <li>the document ({@code ng:Document}, dcterms:title/source/date) and the graph's provenance
 *       (prov:wasDerivedFrom the document, dcterms:source, dcterms:date);</li>
 *   <li>every entity the document mentions: rdf:type from the ontology, rdfs:label, skos:altLabel;</li>
 *   <li>every fact it states, as a plain triple {@code <s> ng:relation <o>};</li>
 *   <li>the evidence of each fact as an rdf:Statement with sentence, offsets, confidence and rule.</li>
 * </ul>
 * An entity or fact several documents share appears in each of their graphs; the union default graph
 * of the SPARQL endpoint shows it once, and deleting one document's graph leaves the others' intact.
 */
public final class RdfProjection {

    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final Driver driver;
    private final String database;
    private final Iris iris;

    public RdfProjection(Driver driver, String database, Iris iris) {
        this.driver = driver;
        this.database = database;
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    /** Ids of all documents in the graph, in a stable order. */
    public List<String> documentIds() {
        try (Session s = session()) {
            return s.executeRead(tx -> tx.run("MATCH (d:Document) RETURN d.id AS id ORDER BY id").list(r -> r.get("id").asString()));
        }
    }

    public static void prefixes(StreamRDF sink) {
        sink.prefix("ng", dev.newsgraph.ontology.Ontology.NAMESPACE);
        sink.prefix("rdf", RDF.getURI());
        sink.prefix("rdfs", RDFS.getURI());
        sink.prefix("skos", SKOS.getURI());
        sink.prefix("dcterms", DCTerms.getURI());
        sink.prefix("prov", "http://www.w3.org/ns/prov#");
        sink.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    /** Sends the quads of one document's graph to the sink; false if there is no such document. */
    public boolean project(String documentId, StreamRDF sink) {
        return project(List.of(documentId), sink) == 1;
    }

    /**
     * Sends the quads of several documents' graphs, document after document, reading them in one
     * transaction with three queries (not three per document); returns how many documents were found.
     */
    public int project(List<String> documentIds, StreamRDF sink) {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Map<String, Object> ids = Map.of("ids", documentIds);
                Map<String, org.neo4j.driver.types.Node> docs = new java.util.LinkedHashMap<>();
                tx.run("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d", ids)
                    .forEachRemaining(r -> docs.put(r.get("d").get("id").asString(), r.get("d").asNode()));
                Map<String, List<org.neo4j.driver.types.Node>> entities = new java.util.HashMap<>();
                tx.run("""
                    UNWIND $ids AS id MATCH (:Document {id: id})-[:MENTIONS]->(e:Entity)
                    RETURN id, e ORDER BY id, e.id
                    """, ids).forEachRemaining(r -> entities.computeIfAbsent(r.get("id").asString(), k -> new java.util.ArrayList<>())
                    .add(r.get("e").asNode()));
                Map<String, List<Record>> facts = new java.util.HashMap<>();
                tx.run("""
                    UNWIND $ids AS id
                    MATCH (:Document {id: id})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
                    WHERE r.relation IS NOT NULL AND id IN r.documents
                    WITH DISTINCT id, s, r, o
                    OPTIONAL MATCH (v:Evidence {factKey: r.key, documentId: id})
                    WITH id, s, r, o, v ORDER BY v.start, v.rule
                    RETURN id, s.id AS s, r.relation AS relation, o.id AS o, collect(v) AS evidence
                    ORDER BY id, s, relation, o
                    """, ids).forEachRemaining(r -> facts.computeIfAbsent(r.get("id").asString(), k -> new java.util.ArrayList<>()).add(r));
                for (var doc : docs.entrySet()) {
                    emitDocument(sink, doc.getKey(), doc.getValue(), entities.getOrDefault(doc.getKey(), List.of()),
                        facts.getOrDefault(doc.getKey(), List.of()));
                }
                return docs.size();
            });
        }
    }

    private void emitDocument(StreamRDF sink, String documentId, org.neo4j.driver.types.Node d,
                              List<org.neo4j.driver.types.Node> entities, List<Record> facts) {
        var g = iris.graph(documentId);
        var doc = iris.document(documentId);
        emit(sink, g, doc, RDF.type.asNode(), Iris.ontology("Document"));
        emit(sink, g, doc, DCTerms.identifier.asNode(), literal(documentId));
        emit(sink, g, g, PROV_DERIVED, doc);
        if (!d.get("title").isNull()) emit(sink, g, doc, DCTerms.title.asNode(), literal(d.get("title").asString()));
        if (!d.get("url").isNull()) {
            var url = NodeFactory.createURI(d.get("url").asString());
            emit(sink, g, doc, DCTerms.source.asNode(), url);
            emit(sink, g, g, DCTerms.source.asNode(), url);
        }
        if (!d.get("publishedAt").isNull()) {
            var date = dateTime(d.get("publishedAt"));
            emit(sink, g, doc, DCTerms.date.asNode(), date);
            emit(sink, g, g, DCTerms.date.asNode(), date);
        }
        if (!d.get("ingestedAt").isNull()) emit(sink, g, doc, Iris.ontology("ingestedAt"), dateTime(d.get("ingestedAt")));

        for (org.neo4j.driver.types.Node e : entities) {
            var s = iris.entity(e.get("id").asString());
            emit(sink, g, s, RDF.type.asNode(), Iris.ontology(e.get("type").asString()));
            emit(sink, g, s, RDFS.label.asNode(), literal(e.get("name").asString()));
            for (Object alias : e.get("aliases").asList()) emit(sink, g, s, SKOS.altLabel.asNode(), literal(alias.toString()));
            if (!e.get("of").isNull()) emit(sink, g, s, Iris.ontology("positionOf"), literal(e.get("of").asString()));
            if (!e.get("date").isNull()) emit(sink, g, s, Iris.ontology("occurredOn"), calendarLiteral(e.get("date").asString()));
        }

        int n = 0;
        for (Record r : facts) {
            var s = iris.entity(r.get("s").asString());
            var p = Iris.ontology(r.get("relation").asString());
            var o = iris.entity(r.get("o").asString());
            emit(sink, g, s, p, o);
            for (Value v : r.get("evidence").values()) {
                var ev = iris.evidence(documentId, ++n);
                org.neo4j.driver.types.Node e = v.asNode();
                emit(sink, g, ev, RDF.type.asNode(), RDF.Statement.asNode());
                emit(sink, g, ev, RDF.subject.asNode(), s);
                emit(sink, g, ev, RDF.predicate.asNode(), p);
                emit(sink, g, ev, RDF.object.asNode(), o);
                emit(sink, g, ev, Iris.ontology("sentence"), literal(e.get("sentence").asString()));
                emit(sink, g, ev, Iris.ontology("start"), NodeFactory.createLiteralDT(String.valueOf(e.get("start").asInt()), XSDDatatype.XSDinteger));
                emit(sink, g, ev, Iris.ontology("end"), NodeFactory.createLiteralDT(String.valueOf(e.get("end").asInt()), XSDDatatype.XSDinteger));
                emit(sink, g, ev, Iris.ontology("confidence"), NodeFactory.createLiteralDT(String.valueOf(e.get("confidence").asDouble()), XSDDatatype.XSDdouble));
                if (!e.get("rule").isNull()) emit(sink, g, ev, Iris.ontology("rule"), literal(e.get("rule").asString()));
                emit(sink, g, ev, PROV_DERIVED, doc);
            }
        }
    }

    private static void emit(StreamRDF sink, Node g, Node s,
                             Node p, Node o) {
        sink.quad(Quad.create(g, s, p, o));
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node dateTime(Value v) {
        String iso = v.asZonedDateTime().toOffsetDateTime().toString();
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdateTime);
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    /** A SUTime calendar value as the XSD type it is: 2025-11-30 a date, 2025-11 a year-month, 2025 a year. */
    static Node calendarLiteral(String value) {
        org.apache.jena.datatypes.RDFDatatype type = switch (value.length()) {
            case 10 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate;
            case 7 -> value.contains("W") ? null : org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth;
            case 4 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear;
            default -> null;
        };
        return type == null ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralDT(value, type);
    }
}
