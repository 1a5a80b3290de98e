package dev.newsgraph.model;

import dev.newsgraph.ingest.SourceDocument;

import java.util.List;

/**
 * What one document yields: its entities and the facts between them, and what it leaves for the documents read with it
 * to fill in: the offices it describes without saying who holds them, and the titles it gives without saying whose
 * office they are.
 */
public record Extraction(SourceDocument document, List<Entity> entities, List<Fact> facts, int tokens,
                         List<OpenOffice> openOffices, List<UnownedTitle> unownedTitles) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        openOffices = List.copyOf(openOffices);
        unownedTitles = List.copyOf(unownedTitles);
    }

    public Extraction(SourceDocument document, List<Entity> entities, List<Fact> facts, int tokens) {
        this(document, entities, facts, tokens, List.of(), List.of());
    }

    /** The same document with these entities and facts in place of its own (what it leaves open kept). */
    public Extraction withFacts(List<Entity> entities, List<Fact> facts) {
        return new Extraction(document, entities, facts, tokens, openOffices, unownedTitles);
    }

    /** This extraction of a section that starts at {@code offset} of the whole text: evidence offsets moved. */
    public Extraction shifted(int offset) {
        List<Fact> moved = facts.stream().map(f -> new Fact(f.subject(), f.relation(), f.object(), f.confidence(),
            f.evidence().shifted(offset), f.rule())).toList();
        List<OpenOffice> open = openOffices.stream().map(o -> new OpenOffice(o.position(), o.evidence().shifted(offset))).toList();
        List<UnownedTitle> unowned = unownedTitles.stream()
            .map(t -> new UnownedTitle(t.holder(), t.title(), t.evidence().shifted(offset), t.rule())).toList();
        return new Extraction(document, entities, moved, tokens, open, unowned);
    }
}
