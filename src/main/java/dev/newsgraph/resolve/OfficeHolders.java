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
import java.util.regex.Pattern;

/**
 * Who holds an office a story names only by description, from the documents read with it. A story that says "Mr Fox
 * accused the prime minister of hiding away" leaves the office open ({@link Extraction#openOffices()}); the other
 * documents say who holds it when they title one person with it ("Prime Minister Tony Blair", "Tony Blair, the prime
 * minister") far more often than anyone else. If the story names that person, the person holds its open office, and
 * the story's own guess at whom such a description stands for (the person named nearest before it) gives way to them.
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
        List<Entity> entities = new ArrayList<>(x.entities());
        List<Fact> facts = new ArrayList<>(x.facts());
        List<OpenOffice> open = new ArrayList<>(x.openOffices());
        // the story's own guess at whom a description stands for ("the prime minister" after David Blunkett is named)
        // gives way to the holder the documents agree on, when the story names that holder too
        for (Fact guess : x.facts()) {
            if (!isGuess(guess)) continue;
            Optional<Holder> holder = holder(guess.object().key(), x);
            if (holder.isPresent() && !holder.get().person().equals(guess.subject().key()) && person(x, holder.get()).isPresent()) {
                // with what was inferred from it ("Vega has left the government": a resignation from the office held)
                facts.removeIf(f -> f == guess || f.subject().equals(guess.subject()) && f.object().equals(guess.object())
                    && f.rule().contains(EntityResolver.OFFICE_HELD_RULE));
                open.add(new OpenOffice(guess.object(), guess.evidence()));
            }
        }
        for (OpenOffice office : open) {
            Optional<Holder> holder = holder(office.position().key(), x);
            Optional<Entity> person = holder.flatMap(h -> person(x, h));
            // someone the story titles otherwise is not its holder of this office ("Chancellor Gordon Brown" in a story
            // where "the prime minister" is named in passing)
            if (person.isEmpty() || facts.stream().anyMatch(f -> f.relation().equals(holdsPosition)
                && (f.subject().equals(person.get()) || f.object().key().equals(office.position().key())))) continue;
            if (entities.stream().noneMatch(e -> e.key().equals(office.position().key()))) entities.add(office.position());
            facts.add(new Fact(person.get(), holdsPosition, office.position(), CONFIDENCE, office.evidence(),
                RULE + " (titled so in " + holder.get().documents() + " of them)"));
        }
        return facts.equals(x.facts()) ? x : x.withFacts(entities, facts);
    }

    /** A holder the story gave a described office by its own nearness or salience, not of a former holder. */
    private boolean isGuess(Fact f) {
        return f.relation().equals(holdsPosition) && f.rule().startsWith(EntityResolver.DESCRIPTION_RULE) && !FORMER.matcher(f.evidence().sentence()).find();
    }

    private static final Pattern FORMER = Pattern.compile("(?i)\\b(former|late|ex)\\b");

    private static Optional<Entity> person(Extraction x, Holder holder) {
        return x.entities().stream().filter(e -> e.type().equals("Person") && e.key().equals(holder.person())).findFirst();
    }

    private record Holder(String person, int documents) {
    }

    /** The one person the other documents title with the office far more often than anyone else, if there is one. */
    private Optional<Holder> holder(String position, Extraction story) {
        String self = story.document().id();
        List<Holder> ranked = titledIn.getOrDefault(position, Map.of()).entrySet().stream()
            .map(e -> new Holder(e.getKey(), (int) e.getValue().stream().filter(d -> !d.equals(self)).count()))
            .sorted(Comparator.comparingInt(h -> -h.documents())).toList();
        if (ranked.isEmpty() || ranked.get(0).documents() < MIN_DOCUMENTS) return Optional.empty();
        if (ranked.size() > 1 && ranked.get(0).documents() < DOMINANCE * ranked.get(1).documents()) return Optional.empty();
        return Optional.of(ranked.get(0));
    }
}
