package dev.newsgraph.project;

import dev.newsgraph.ontology.Ontology;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs of the linked-data view, all under one configurable base (default http://localhost:8080/):
 * {base}resource/{id} for entities (stable: the id is the entity's canonical key as a slug),
 * {base}document/{id} and {base}graph/{id} for a document and its named graph,
 * {base}evidence/{document}/{n} for one evidence statement.
 */
public record Iris(String base) {

    public Iris {
        if (!base.endsWith("/")) base = base + "/";
    }

    public Node entity(String id) {
        return NodeFactory.createURI(base + "resource/" + id);
    }

    public Node document(String id) {
        return NodeFactory.createURI(base + "document/" + id);
    }

    public Node graph(String documentId) {
        return NodeFactory.createURI(base + "graph/" + documentId);
    }

    public Node evidence(String documentId, int n) {
        return NodeFactory.createURI(base + "evidence/" + documentId + "/" + n);
    }

    /** The document id of a graph IRI made by {@link #graph}, or null if it is not one. */
    public String documentIdOfGraph(String graphIri) {
        String prefix = base + "graph/";
        return graphIri.startsWith(prefix) ? graphIri.substring(prefix.length()) : null;
    }

    public static Node ontology(String localName) {
        return NodeFactory.createURI(Ontology.NAMESPACE + localName);
    }
}
