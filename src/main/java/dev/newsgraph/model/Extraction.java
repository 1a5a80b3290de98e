package dev.newsgraph.model;

import dev.newsgraph.ingest.SourceDocument;

import java.util.List;

/** What one document yields: its entities and the facts between them. */
public record Extraction(SourceDocument document, List<Entity> entities, List<Fact> facts, int tokens) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** This extraction of a section that starts at {@code offset} of the whole text: evidence offsets moved. */
    public Extraction shifted(int offset) {
        List<Fact> moved = facts.stream().map(f -> new Fact(f.subject(), f.relation(), f.object(), f.confidence(),
            new Evidence(f.evidence().sentence(), f.evidence().start() + offset, f.evidence().end() + offset), f.rule())).toList();
        return new Extraction(document, entities, moved, tokens);
    }
}
