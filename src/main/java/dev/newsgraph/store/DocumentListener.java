package dev.newsgraph.store;

/** Told after a document's graph was stored or deleted in Neo4j (the RDF copy follows this way). */
public interface DocumentListener {
    void stored(String documentId);

    void deleted(String documentId);
}
