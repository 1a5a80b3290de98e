package dev.newsgraph.model;

import dev.newsgraph.ingest.SourceDocument;

import java.util.List;

/** What one document yields: its entities and the facts between them. */
public record Extraction(SourceDocument document, List<Entity> entities, List<Fact> facts, int tokens) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
