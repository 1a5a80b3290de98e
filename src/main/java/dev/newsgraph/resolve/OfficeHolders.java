package dev.newsgraph.resolve;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.model.OpenOffice;
import dev.newsgraph.ontology.Ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds an office a story names only by description, from the documents read with it. A story that says "Mr Fox
 * accused the prime minister of hiding away" leaves the office open ({@link Extraction#openOffices()}); the other
 * documents say who holds it when they title one person with it ("Prime Minister Tony Blair", "Tony Blair, the prime
 * minister") far more often than anyone else. If the story names that person, the person holds its open office.
 * Every title the documents give counts, those a story gives by description too (a few stories may never write the
 * sitting prime minister's title on his name), but not those this step gave, so no filled office feeds another.
 */
public final class OfficeHolders {

    /** A holder is titled with the office in at least this many documents ... */
    static final int MIN_DOCUMENTS = 2;
    /** ... and in at least this many times as many as anyone else (so not while a former or new holder is as often named). */
    static final int DOMINANCE = 3;
    /** A guess from other documents, as low as the story's own guess at a described office's holder. */
    static final double CONFIDENCE = 0.5;
    public static final String RULE = "office holder named by the other documents";

    private final String holdsPosition;
    /** position key -> person key -> the documents titling that person with it */
    private final Map<String, Map<String, Set<String>>> titledIn = new HashMap<>();

    private OfficeHolders(Ontology ontology, List<Extraction> documents) {
        this.holdsPosition = ontology.requireRelation("holdsPosition").name();
        for (Extraction x : documents) {
            for (Fact f : x.facts()) {
                if (isTitle(f)) titledIn.computeIfAbsent(f.object().key(), k -> new HashMap<>())
                    .computeIfAbsent(f.subject().key(), k -> new HashSet<>()).add(x.document().id());
            }
        }
    }

    /** The documents with their open offices filled where the documents together name the holder; in the same order. */
    public static List<Extraction> fill(List<Extraction> documents, Ontology ontology) {
        OfficeHolders holders = new OfficeHolders(ontology, documents);
        return documents.stream().map(holders::fill).toList();
    }

    private boolean isTitle(Fact f) {
        // any title a story gives, however sure its owner ("Prime Minister X" in a story whose institutions say the
        // country is below 0.5): the dominance asked of the holder is the guard
        return f.relation().equals(holdsPosition) && !f.rule().startsWith(RULE);
    }

    private Extraction fill(Extraction x) {
        if (x.openOffices().isEmpty()) return x;
        List<Entity> entities = new ArrayList<>(x.entities());
        List<Fact> facts = new ArrayList<>(x.facts());
        for (OpenOffice open : x.openOffices()) {
            Optional<Holder> holder = holder(open.position().key());
            if (holder.isEmpty()) continue;
            Optional<Entity> person = x.entities().stream().filter(e -> e.type().equals("Person") && e.key().equals(holder.get().person())).findFirst();
            // someone the story titles otherwise is not its holder of this office ("Chancellor Gordon Brown" in a story
            // where "the prime minister" is named in passing)
            if (person.isEmpty() || facts.stream().anyMatch(f -> f.relation().equals(holdsPosition) && f.subject().equals(person.get()))) continue;
            if (entities.stream().noneMatch(e -> e.key().equals(open.position().key()))) entities.add(open.position());
            facts.add(new Fact(person.get(), holdsPosition, open.position(), CONFIDENCE, open.evidence(),
                RULE + " (titled so in " + holder.get().documents() + " of them)"));
        }
        return facts.size() == x.facts().size() ? x : x.withFacts(entities, facts);
    }

    private record Holder(String person, int documents) {
    }

    /** The one person the documents title with the office far more often than anyone else, if there is one. */
    private Optional<Holder> holder(String position) {
        List<Holder> ranked = titledIn.getOrDefault(position, Map.of()).entrySet().stream()
            .map(e -> new Holder(e.getKey(), e.getValue().size())).sorted(Comparator.comparingInt(h -> -h.documents())).toList();
        if (ranked.isEmpty() || ranked.get(0).documents() < MIN_DOCUMENTS) return Optional.empty();
        if (ranked.size() > 1 && ranked.get(0).documents() < DOMINANCE * ranked.get(1).documents()) return Optional.empty();
        return Optional.of(ranked.get(0));
    }
}
