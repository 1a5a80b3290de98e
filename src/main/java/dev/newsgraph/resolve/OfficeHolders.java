package dev.newsgraph.resolve;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.model.OpenOffice;
import dev.newsgraph.model.UnownedTitle;
import dev.newsgraph.ontology.Ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a story leaves open about its offices, from the documents read with it.
 * <ul>
 * <li>Who holds an office it names only by description. A story that says "Mr Fox accused the prime minister of hiding
 * away" leaves the office open ({@link Extraction#openOffices()}); the other documents say who holds it when they title
 * one person with it ("Prime Minister Tony Blair", "Tony Blair, the prime minister") far more often than anyone else. If
 * the story names that person, the person holds its open office, and the story's own guess at whom such a description
 * stands for (the person named nearest before it) gives way to them. When the story does not say whose office it is
 * either ("Tony Blair has promised ... The prime minister launched", naming no institution), the one person it names
 * whom the documents title with an office of that name holds it, and it is that office.</li>
 * <li>Whose office a title is that it writes on a name without saying ("Prime Minister Tony Blair met the Pakistani
 * president": {@link Extraction#unownedTitles()}): the owner the other documents give that person's title far more often
 * than any other.</li>
 * </ul>
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
    /** Added to the rule of a title the story gave whose owner the other documents give. */
    public static final String OWNER_RULE = "owner named by the other documents";

    private final String holdsPosition;
    /** position key -> person key -> the documents titling that person with it */
    private final Map<String, Map<String, Set<String>>> titledIn = new HashMap<>();
    /** person key + title (normalised) -> position key -> the documents giving that person the title with that owner */
    private final Map<String, Map<String, Set<String>>> ownedIn = new HashMap<>();
    /** position key -> the position, to give a title the owner the others give it */
    private final Map<String, Entity> positions = new HashMap<>();

    private OfficeHolders(Ontology ontology, List<Extraction> documents) {
        this.holdsPosition = ontology.requireRelation("holdsPosition").name();
        for (Extraction x : documents) {
            for (Fact f : x.facts()) {
                if (!isTitle(f)) continue;
                titledIn.computeIfAbsent(f.object().key(), k -> new HashMap<>())
                    .computeIfAbsent(f.subject().key(), k -> new HashSet<>()).add(x.document().id());
                ownedIn.computeIfAbsent(titleOf(f.subject(), f.object().name()), k -> new HashMap<>())
                    .computeIfAbsent(f.object().key(), k -> new HashSet<>()).add(x.document().id());
                positions.putIfAbsent(f.object().key(), new Entity(f.object().key(), f.object().name(), "Position", f.object().of(), List.of()));
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
        return f.relation().equals(holdsPosition) && !f.rule().startsWith(RULE) && !f.rule().contains(OWNER_RULE);
    }

    private static String titleOf(Entity person, String title) {
        return person.key() + "|" + Keys.normalize(title);
    }

    private Extraction fill(Extraction x) {
        List<Entity> entities = new ArrayList<>(x.entities());
        List<Fact> facts = new ArrayList<>(x.facts());
        List<OpenOffice> open = new ArrayList<>(x.openOffices());
        // the story's own guess at whom a description stands for ("the prime minister" after David Blunkett is named)
        // gives way to the holder the documents agree on, when the story names that holder too; and it is wrong when
        // the documents agree the guessed person holds another such office of the same country ("the chancellor" after
        // Tony Blair is named is not Blair)
        for (Fact guess : x.facts()) {
            if (!isGuess(guess)) continue;
            Optional<Ranked> holder = holder(guess.object().key(), x);
            boolean namedHolderIsOther = holder.isPresent() && !holder.get().key().equals(guess.subject().key()) && person(x, holder.get()).isPresent();
            if (namedHolderIsOther || holdsAnotherOffice(guess, x)) {
                // with what was inferred from it ("Vega has left the government": a resignation from the office held)
                facts.removeIf(f -> f == guess || f.subject().equals(guess.subject()) && f.object().equals(guess.object())
                    && f.rule().contains(EntityResolver.OFFICE_HELD_RULE));
                open.add(new OpenOffice(guess.object(), guess.evidence()));
            }
        }
        for (OpenOffice office : open) {
            Optional<Holding> held = holding(office.position(), x);
            if (held.isEmpty()) continue;
            Entity person = held.get().person();
            Entity position = held.get().position();
            // someone the story titles otherwise is not its holder of this office ("Chancellor Gordon Brown" in a story
            // where "the prime minister" is named in passing)
            if (facts.stream().anyMatch(f -> f.relation().equals(holdsPosition)
                && (f.subject().equals(person) || f.object().key().equals(position.key())))) continue;
            if (entities.stream().noneMatch(e -> e.key().equals(position.key()))) entities.add(position);
            facts.add(new Fact(person, holdsPosition, position, CONFIDENCE, office.evidence(),
                RULE + " (titled so in " + held.get().documents() + " of them)"));
        }
        for (UnownedTitle title : x.unownedTitles()) {
            String titled = titleOf(title.holder(), title.title());
            if (facts.stream().anyMatch(f -> f.relation().equals(holdsPosition) && titleOf(f.subject(), f.object().name()).equals(titled))) continue;
            Optional<Ranked> owner = dominant(ownedIn.getOrDefault(titled, Map.of()), x);
            if (owner.isEmpty()) continue;
            Entity position = positions.get(owner.get().key());
            if (entities.stream().noneMatch(e -> e.key().equals(position.key()))) entities.add(position);
            facts.add(new Fact(title.holder(), holdsPosition, position, CONFIDENCE, title.evidence(),
                title.rule() + " + " + OWNER_RULE + " (" + owner.get().documents() + " of them)"));
        }
        return facts.equals(x.facts()) ? x : x.withFacts(entities, facts);
    }

    /** A holder the story gave a described office by its own nearness or salience, not of a former holder. */
    private boolean isGuess(Fact f) {
        return f.relation().equals(holdsPosition) && f.rule().startsWith(EntityResolver.DESCRIPTION_RULE) && !FORMER.matcher(f.evidence().sentence()).find();
    }

    private static final Pattern FORMER = Pattern.compile("(?i)\\b(former|late|ex)\\b");

    private static Optional<Entity> person(Extraction x, Ranked holder) {
        return x.entities().stream().filter(e -> e.type().equals("Person") && e.key().equals(holder.key())).findFirst();
    }

    /**
     * Whether the other documents agree that the person a story's guess gives an office holds another one-holder office
     * of the same owner (nobody is both a country's prime minister and its chancellor; its premier is its prime minister).
     */
    private boolean holdsAnotherOffice(Fact guess, Extraction story) {
        Entity office = guess.object();
        return positions.values().stream().anyMatch(p -> Objects.equals(p.of(), office.of()) && !sameOffice(p.name(), office.name())
            && TitleWording.isOneHolderOffice(p.name()) && holder(p.key(), story).filter(h -> h.key().equals(guess.subject().key())).isPresent());
    }

    private static boolean sameOffice(String a, String b) {
        return Keys.normalize(a).equals(Keys.normalize(b)) || TitleWording.isHeadOfGovernment(a) && TitleWording.isHeadOfGovernment(b);
    }

    /** Who holds an open office, which office it is, and in how many other documents that person is titled with it. */
    private record Holding(Entity person, Entity position, int documents) {
    }

    /**
     * Who holds an open office by the other documents, if the story names them. An office whose owner the story gives
     * is held by its dominant holder. One whose owner it does not give ("the prime minister" in a story naming no
     * institution) is held by the one person the story names who is the dominant holder of an office of that name, and
     * is that office (Tony Blair's prime-ministership is the United Kingdom's); by nobody if the story names two.
     */
    private Optional<Holding> holding(Entity office, Extraction story) {
        if (office.of() != null) return heldBy(office, story);
        String title = Keys.normalize(office.name());
        List<Holding> named = positions.values().stream().filter(p -> Keys.normalize(p.name()).equals(title))
            .flatMap(p -> heldBy(p, story).stream()).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The office's dominant holder by the other documents, if the story names them. */
    private Optional<Holding> heldBy(Entity position, Extraction story) {
        return holder(position.key(), story).flatMap(h -> person(story, h).map(p -> new Holding(p, position, h.documents())));
    }

    /** A candidate (a holder, an owner) and the number of other documents that give it. */
    private record Ranked(String key, int documents) {
    }

    /** The one person the other documents title with the office far more often than anyone else, if there is one. */
    private Optional<Ranked> holder(String position, Extraction story) {
        return dominant(titledIn.getOrDefault(position, Map.of()), story);
    }

    /**
     * The candidate the documents other than the story give in at least {@link #MIN_DOCUMENTS} and in {@link #DOMINANCE}
     * times as many as any other, if there is one.
     */
    private static Optional<Ranked> dominant(Map<String, Set<String>> documentsByCandidate, Extraction story) {
        String self = story.document().id();
        List<Ranked> ranked = documentsByCandidate.entrySet().stream()
            .map(e -> new Ranked(e.getKey(), (int) e.getValue().stream().filter(d -> !d.equals(self)).count()))
            .sorted(Comparator.comparingInt(h -> -h.documents())).toList();
        if (ranked.isEmpty() || ranked.get(0).documents() < MIN_DOCUMENTS) return Optional.empty();
        if (ranked.size() > 1 && ranked.get(0).documents() < DOMINANCE * ranked.get(1).documents()) return Optional.empty();
        return Optional.of(ranked.get(0));
    }
}
