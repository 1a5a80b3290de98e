package dev.newsgraph.resolve;

import dev.newsgraph.extract.RuleMatch;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Evidence;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.model.OpenOffice;
import dev.newsgraph.model.UnownedTitle;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns rule matches over tokens into facts between the document's entities, keeping only those
 * whose argument types fit the relation's domain and range in the ontology.
 */
public final class EntityResolver {

    /**
     * A legislature: its "leader" is a government office, not the head of the chamber. Named by its head word ("House
     * of Commons", "Welsh Assembly"); a group in it ("leader of the London Assembly Conservatives") is led.
     */
    private static final Pattern CHAMBER = Pattern.compile("(?i)\\b(house|parliament|senate|assembly|chamber|congress)(\\s+of\\b.*)?$");
    /** How far a title reached only through a description is trusted. */
    private static final double DESCRIBED_PERSON_CONFIDENCE = 0.6;
    /** How the rule of a holder a description was given to begins (OfficeHolders tells these guesses by it). */
    static final String DESCRIPTION_RULE = "title description";
    /** How the rule of a fact about the office a person holds in the story, not the one its sentence names, ends. */
    static final String OFFICE_HELD_RULE = " + the office held";
    /** A described office given to the person the story names most: a guess from the whole story. */
    private static final double SALIENT_HOLDER_CONFIDENCE = 0.5;
    /** A described office's holder is named more than once: one mention is too little to stand for the story's office. */
    private static final int MIN_TIMES_NAMED = 2;
    /** "The Lib Dems say ... Health spokesman X said": the body is inferred from the sentence before. */
    private static final double SPOKESMAN_BEFORE_CONFIDENCE = 0.6;

    private final Ontology ontology;
    /** memberOf with a person as its object: "X was accompanied by Y", resolved into Y joining X's side. */
    private final String accompanies;
    private final String metWith;
    /** A fact while its entities are still clusters. */
    private record Draft(Cluster subject, String relation, Cluster object, double confidence, Evidence evidence, String rule) {
        Draft withObject(Cluster other, double factor) {
            return new Draft(subject, relation, other, round(confidence * factor), evidence, rule);
        }

        /** One fact per (subject, relation, object, sentence). */
        String key() {
            return subject.key() + "|" + relation + "|" + object.key() + "|" + evidence.start();
        }

        String titleKey() {
            return subject.key() + "|" + relation + "|" + Keys.normalize(object.name);
        }
    }

    public EntityResolver(Ontology ontology) {
        this.ontology = ontology;
        this.accompanies = ontology.requireRelation("memberOf").name();
        this.metWith = ontology.requireRelation("metWith").name();
    }

    public Extraction resolve(SourceDocument source, CoreDocument doc, List<RuleMatch> matches) {
        DocumentEntities entities = DocumentEntities.of(doc);
        Map<String, Draft> best = new LinkedHashMap<>();
        List<Draft> confirmations = new ArrayList<>();
        List<Draft> companions = new ArrayList<>();
        List<OfficeLeft> officesLeft = new ArrayList<>();
        for (RuleMatch m : matches) {
            Relation relation = ontology.requireRelation(m.rule().relation());
            List<DocumentEntities.Argument> subjects = subjects(m, relation, entities);
            if (m.office() != null) {
                Evidence evidence = evidence(source.text(), m.sentence());
                for (DocumentEntities.Argument subject : subjects) {
                    if (!ontology.fits(subject.cluster().type, relation.domain())) continue;
                    double confidence = round(m.rule().confidence() * subject.certainty());
                    officesLeft.add(new OfficeLeft(subject.cluster(), relation.name(), confidence, evidence, m.rule().id()));
                }
                continue;   // the office is known only once every title of the document is (officesLeftAreTheirOffice)
            }
            List<DocumentEntities.Argument> objects = objects(m, relation, entities);
            for (DocumentEntities.Argument subject : subjects) {
                for (DocumentEntities.Argument object : objects) {
                    draft(m, relation, subject, object, source, best, confirmations, companions);
                }
            }
        }
        confirm(best, confirmations);
        List<Draft> drafts = describedHoldersHoldTitles(new ArrayList<>(best.values()), entities, source.text(), doc);
        drafts = describedPeopleHoldTitles(drafts, entities, source.text(), doc);
        List<Draft> titled = drafts;
        drafts = completeTitles(drafts, entities);
        List<Draft> unowned = unownedTitles(titled, drafts);
        drafts = officesLeftAreTheirOffice(drafts, officesLeft);
        drafts = leaversHeldTitles(drafts);
        drafts = spokesmenSpeakFor(drafts, entities);
        drafts = leadersLead(drafts, entities);
        drafts = counterpartsHoldTitles(drafts, entities, source.text(), doc);
        drafts = companionsJoin(drafts, companions);
        drafts = groupsTakePart(drafts, entities, source.text(), doc);
        drafts = meetingsNamedNext(drafts, entities, source.text(), doc);
        drafts = membersTakePart(drafts, entities);
        Map<Cluster, Entity> frozen = new HashMap<>();
        List<Entity> all = new ArrayList<>();
        for (Cluster c : entities.clusters()) {
            if (c.type.equals("Position") && c.of == null) continue;   // see completeTitles
            Entity e = c.toEntity();
            frozen.put(c, e);
            all.add(e);
        }
        List<Fact> facts = drafts.stream()
            .map(d -> new Fact(frozen.get(d.subject()), d.relation(), frozen.get(d.object()), d.confidence(), d.evidence(), d.rule()))
            .toList();
        List<UnownedTitle> unownedTitles = unowned.stream().filter(d -> frozen.containsKey(d.subject()))
            .map(d -> new UnownedTitle(frozen.get(d.subject()), d.object().name, d.evidence(), d.rule())).toList();
        int tokens = doc.tokens().size();
        return new Extraction(source, all, facts, tokens, openOffices(drafts, entities, source.text(), doc), unownedTitles);
    }

    /**
     * The titles written on a person's name that completeTitles could give no owner and so dropped ("Prime Minister X" in
     * a story naming Pakistan and Britain), once per person and title, unless the person holds that title with an owner
     * elsewhere in the story: the documents read together may say whose office it is (OfficeHolders).
     */
    private List<Draft> unownedTitles(List<Draft> before, List<Draft> after) {
        String holds = ontology.requireRelation("holdsPosition").name();
        Set<String> owned = after.stream().filter(d -> d.relation().equals(holds) && isPosition(d))
            .map(Draft::titleKey).collect(Collectors.toSet());
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Draft d : before) {
            if (d.relation().equals(holds) && isPosition(d) && d.object().of == null && d.subject().type.equals("Person")
                && !owned.contains(d.titleKey())) out.putIfAbsent(d.titleKey(), d);
        }
        return List.copyOf(out.values());
    }

    /**
     * The one-holder offices the story names with "the" in any role ("Mr Fox accused the prime minister of hiding
     * away", "the prime minister's spokesman said") that nobody in it holds. Whose office it is comes from the office or
     * the story's institutions, and that country must have it ("the prime minister" in a story about the White House is
     * not the US's); when neither says ("Tony Blair has promised ... The prime minister launched" in a story naming no
     * institution), the office is left without an owner. Who holds it, and so whose it is, is for the documents read
     * together to say (OfficeHolders); a guess from this story alone was wrong about as often as right (session 62 of
     * issue 3).
     */
    private static List<OpenOffice> openOffices(List<Draft> drafts, DocumentEntities entities, String text, CoreDocument doc) {
        List<OpenOffice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocumentEntities.OfficeInPassing m : entities.officesInPassing()) {
            String office = Keys.normalize(m.position().name);
            if (!seen.add(office) || drafts.stream().anyMatch(d -> isPosition(d) && Keys.normalize(d.object().name).equals(office))) continue;
            Optional<String> home = NationalNames.offices().countryOf(m.position().name).or(entities::institutionCountry);
            if (home.isPresent() && !hasOffice(home.get(), office)) continue;
            Entity position = new Cluster("Position", m.position().name, home.orElse(null)).toEntity();
            out.add(new OpenOffice(position, evidence(text, doc.sentences().get(m.sentence()))));
        }
        return out;
    }

    /** Whether a country has the office: a head of government that is a prime minister, a chancellor. */
    private static boolean hasOffice(String country, String office) {
        if (TitleWording.isHeadOfGovernment(office)) return CountryNames.get().hasPrimeMinister(country);
        return !TitleWording.isChancellor(office) || CountryNames.get().hasChancellor(country);
    }

    /**
     * What a rule's subject stands for: one entity, or both of a pair ("Both sides agreed to begin
     * talks"), or none when the text does not make clear which pair.
     */
    private List<DocumentEntities.Argument> subjects(RuleMatch m, Relation relation, DocumentEntities entities) {
        Optional<List<DocumentEntities.Argument>> pair = entities.pairNamedBefore(m.sentenceIndex(), m.subject());
        if (pair.isPresent()) return pair.get();
        return entities.argument(m.sentenceIndex(), m.subject(), "Event".equals(relation.domain()),
                ontology.fits("Organization", relation.domain()))
            .map(a -> asAgent(a, relation.domain(), entities)).stream().toList();
    }

    /** What a rule's object stands for (a pair gives two, as for subjects); for a title rule, the title's owner. */
    private List<DocumentEntities.Argument> objects(RuleMatch m, Relation relation, DocumentEntities entities) {
        if (m.object() == null) {
            return entities.ownerOfTitle(m.sentenceIndex(), m.title()).map(a -> asAgent(a, relation.range(), entities)).stream().toList();
        }
        Optional<List<DocumentEntities.Argument>> pair = entities.pairNamedBefore(m.sentenceIndex(), m.object());
        if (pair.isPresent()) return pair.get();
        Optional<DocumentEntities.Argument> object = ("Position".equals(relation.range())
                ? entities.position(m.sentenceIndex(), m.object(), m.subject())
                : entities.argument(m.sentenceIndex(), m.object(), "Event".equals(relation.range()), ontology.fits("Organization", relation.range())))
            .map(a -> asAgent(a, relation.range(), entities));
        if (object.isPresent() && !ontology.fits(object.get().cluster().type, relation.range())) {
            Optional<DocumentEntities.Argument> side = entities.sideNamedByPeople(m.sentenceIndex(), m.object());
            if (side.isPresent()) return List.of(side.get());
        }
        return object.stream().toList();
    }

    /** The draft a match makes of these two arguments, kept where it belongs if the types fit. */
    private void draft(RuleMatch m, Relation relation, DocumentEntities.Argument subject, DocumentEntities.Argument object,
                       SourceDocument source, Map<String, Draft> best, List<Draft> confirmations, List<Draft> companions) {
        Cluster s = subject.cluster();
        Cluster o = object.cluster();
        double confidence = round(m.rule().confidence() * subject.certainty() * object.certainty());
        Evidence evidence = evidence(source.text(), m.sentence());
        Draft draft = new Draft(s, relation.name(), o, confidence, evidence, m.rule().id());
        if (s != o && relation.name().equals(accompanies) && s.type.equals("Person") && o.type.equals("Person")) {
            companions.add(draft);   // "X was accompanied by Y": Y joins X's side, resolved below
            return;
        }
        if (s == o || !ontology.fits(s.type, relation.domain()) || !ontology.fits(o.type, relation.range())) return;
        // people and delegations meet; "the Chile-Peru talks" are a meeting of their officials
        if (relation.name().equals(metWith) && (s.type.equals("Country") || o.type.equals("Country"))) return;
        if (m.rule().onlyConfirms()) {
            confirmations.add(draft);
            return;
        }
        // One fact per (subject, relation, object, sentence): the most confident rule speaks for it.
        best.merge(draft.key(), draft, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }

    /**
     * "Archbishop Desmond Tutu ... The South African archbishop said": a title the text names again by
     * description, with a country, is that country's title of the one person the document gives the
     * title to (of nobody's when two people hold it, or the holder's title already has another country).
     */
    private List<Draft> describedHoldersHoldTitles(List<Draft> drafts, DocumentEntities entities, String text, CoreDocument doc) {
        List<DocumentEntities.TitleDescription> descriptions = entities.titleDescriptions();
        if (descriptions.isEmpty()) return drafts;
        String holdsPosition = ontology.requireRelation("holdsPosition").name();
        List<Draft> added = new ArrayList<>();
        for (DocumentEntities.TitleDescription td : descriptions) {
            List<Draft> same = drafts.stream().filter(d -> isPosition(d) && d.object().name.equalsIgnoreCase(td.title())).toList();
            Set<Cluster> holders = new HashSet<>();
            for (Draft d : same) holders.add(d.subject());
            if (holders.size() != 1) continue;
            boolean ownedElsewhere = same.stream().anyMatch(d -> d.object().of != null && !entities.ownerGuessed(d.object())
                && !d.object().of.equals(td.country().name));
            Evidence evidence = evidence(text, doc.sentences().get(td.sentence()));
            Optional<Draft> before = same.stream().filter(d -> d.evidence().start() < evidence.start()).max(Comparator.comparingDouble(Draft::confidence));
            if (ownedElsewhere || before.isEmpty()) continue;
            added.add(new Draft(before.get().subject(), holdsPosition, entities.positionNamed(td.title(), td.country()),
                round(before.get().confidence() * 0.9), evidence, DESCRIPTION_RULE + " + " + before.get().rule()));
        }
        return plus(drafts, added);
    }

    /**
     * "Mr Straw said ... The Foreign Secretary told the BBC": an office standing for the person named just
     * before it is that person's (see DocumentEntities.describedPeople). Weaker than a title written with
     * the name.
     */
    private List<Draft> describedPeopleHoldTitles(List<Draft> drafts, DocumentEntities entities, String text, CoreDocument doc) {
        String holdsPosition = ontology.requireRelation("holdsPosition").name();
        List<Draft> added = new ArrayList<>();
        List<DocumentEntities.DescribedPerson> described = entities.describedPeople();
        List<DocumentEntities.DescribedPerson> kept = new ArrayList<>();
        for (DocumentEntities.DescribedPerson dp : described) {
            // someone the text gives another title ("BBC political editor X", "shadow chancellor X"), or whom
            // two different descriptions would fit, is not who "the prime minister" or "the chancellor" stands for;
            // the description stands for the nearest person named before it who is not so titled (a description only
            // the headline points to is a guess, and does not count against the person; nor does one that coreference
            // alone gives them, when somebody else was named nearer: "Tony Blair ... Gordon Brown. Meanwhile, the
            // chancellor is leaving" does not make Blair the chancellor)
            Predicate<Cluster> titledOtherwise = p -> drafts.stream().anyMatch(d -> isPosition(d) && d.subject() == p
                && !d.object().name.equalsIgnoreCase(dp.position().name))
                || described.stream().anyMatch(o -> o.person() == p && o.basis().pointsByItself()
                    && o.namedBefore().stream().findFirst().orElse(null) == p && !o.position().name.equalsIgnoreCase(dp.position().name));
            // unless coreference and the headline both point to the person and the post is not a government office:
            // "Howard pitches for ethnic vote ... urging people taken for granted by Tony Blair ... But the Tory leader
            // will argue" is Howard, though Blair is nearer; but "Tony Blair faces questions about his relationship with
            // Gordon Brown. Meanwhile, the chancellor is leaving" is Brown, where both would point to Blair
            Cluster nearestFitting = dp.namedBefore().stream().filter(titledOtherwise.negate()).findFirst().orElse(null);
            boolean agreed = dp.basis() == DocumentEntities.Basis.AGREED && !titledOtherwise.test(dp.person())
                && !TitleWording.isGovernmentOffice(dp.position().name);
            if (nearestFitting != dp.person() && !agreed) continue;
            // a bare title the headline or nearness alone points to needs an office only one country has, or a story whose
            // institutions say whose politics it is ("Blair sees greater Bush consensus" names US offices, and
            // "the prime minister" is not one of them)
            if (!dp.basis().pointsByItself() && dp.position().of == null
                && NationalNames.offices().countryOf(dp.position().name).isEmpty() && entities.institutionCountry().isEmpty()) continue;
            kept.add(dp);
        }
        List<DocumentEntities.OfficeDescription> offices = entities.officeDescriptions();
        Map<String, Cluster> salient = salientHolders(drafts, kept, entities, offices);
        for (DocumentEntities.DescribedPerson dp : kept) {
            if (dp.basis() == DocumentEntities.Basis.NEAREST && !onlyNearestHolder(dp, kept, drafts)) continue;
            // nearness or the headline alone give way to the person the story keeps naming ("Tony Blair has dismissed
            // reports he told Gordon Brown he would quit. 'You don't do deals over jobs,' the prime minister told the BBC")
            String office = Keys.normalize(dp.position().name);
            Cluster story = salient.get(office);
            boolean storyHasOtherOffice = salient.entrySet().stream().anyMatch(e -> e.getValue() == dp.person() && !e.getKey().equals(office));
            if (!dp.basis().outweighsSalience() && (story != null && story != dp.person() || storyHasOtherOffice)) continue;
            added.add(new Draft(dp.person(), holdsPosition, dp.position(), DESCRIBED_PERSON_CONFIDENCE,
                evidence(text, doc.sentences().get(dp.sentence())), DESCRIPTION_RULE + " (" + dp.basis().label + ")"));
        }
        // an office the story only describes, and nobody above holds, is the salient person's
        for (DocumentEntities.OfficeDescription od : offices) {
            Cluster holder = salient.get(Keys.normalize(od.position().name));
            if (holder == null || !od.namedBefore().contains(holder)) continue;
            // as for nearness above: whose office it is must be clear from the office or the story's institutions
            if (NationalNames.offices().countryOf(od.position().name).isEmpty() && entities.institutionCountry().isEmpty()) continue;
            if (Stream.concat(drafts.stream(), added.stream()).anyMatch(d -> isPosition(d) && d.object().name.equalsIgnoreCase(od.position().name))) continue;
            added.add(new Draft(holder, holdsPosition, od.position(), SALIENT_HOLDER_CONFIDENCE,
                evidence(text, doc.sentences().get(od.sentence())), DESCRIPTION_RULE + " (the person the story names most)"));
        }
        return plus(drafts, added);
    }

    /**
     * Whom each one-holder office the story describes ("the prime minister", "the chancellor") stands for, when the
     * text says so only by describing it. Each description votes for the nearest person named before it, in the lead
     * or the two sentences before, who holds no other title, has a full name and is not named beside it; one person
     * stands for one office, the pairings with the most votes first (so a story about the chancellor that also
     * describes the prime minister does not give its chancellor both), then the person named nearer the description,
     * then the head of government, then the person named more. A holder is named at least twice; an office whose best candidates tie has none.
     */
    private Map<String, Cluster> salientHolders(List<Draft> drafts, List<DocumentEntities.DescribedPerson> kept, DocumentEntities entities,
                                                List<DocumentEntities.OfficeDescription> described) {
        if (described.isEmpty()) return Map.of();
        // who holds what by the text's own word
        Map<Cluster, Set<String>> titled = new HashMap<>();
        String leaderOf = ontology.requireRelation("leaderOf").name();
        String spokeFor = ontology.requireRelation("spokeFor").name();
        for (Draft d : drafts) {
            if (isPosition(d)) titled.computeIfAbsent(d.subject(), k -> new HashSet<>()).add(Keys.normalize(d.object().name));
            else if (d.relation().equals(leaderOf) || d.relation().equals(spokeFor)) titled.computeIfAbsent(d.subject(), k -> new HashSet<>()).add(d.relation());
        }
        for (DocumentEntities.DescribedPerson dp : kept) {
            // "the Liberal Democrat leader": a description of another kind of post is the person's title too
            if (dp.basis().outweighsSalience() || !TitleWording.isOneHolderOffice(dp.position().name)) {
                titled.computeIfAbsent(dp.person(), k -> new HashSet<>()).add(Keys.normalize(dp.position().name));
            }
        }
        Map<Cluster, Integer> named = entities.timesNamed();
        // each description's vote, and how near the voted person was named before it (0: the last person named)
        Map<String, Map<Cluster, Integer>> votes = new LinkedHashMap<>();
        Map<String, Map<Cluster, Integer>> nearest = new HashMap<>();
        for (DocumentEntities.OfficeDescription od : described) {
            String office = Keys.normalize(od.position().name);
            List<Cluster> before = od.namedBefore();
            before.stream().filter(p -> mayHoldDescribed(p, od, office, titled)).findFirst().ifPresent(p -> {
                    votes.computeIfAbsent(office, k -> new HashMap<>()).merge(p, 1, Integer::sum);
                    nearest.computeIfAbsent(office, k -> new HashMap<>()).merge(p, before.indexOf(p), Math::min);
                });
        }
        record Pairing(String office, Cluster person, int votes, int nearest, int named) {
        }
        List<Pairing> pairings = new ArrayList<>();
        votes.forEach((office, byPerson) -> byPerson.forEach((p, n) ->
            pairings.add(new Pairing(office, p, n, nearest.get(office).get(p), named.getOrDefault(p, 0)))));
        // a person voted for two offices takes the one with more votes, then the one named nearer ("Mr Brown's Budget
        // ... The chancellor said" before "Gordon Brown ... the prime minister's forecasts")
        pairings.sort(Comparator.comparing((Pairing p) -> -p.votes()).thenComparing(Pairing::nearest)
            .thenComparing(p -> TitleWording.isHeadOfGovernment(p.office()) ? 0 : 1).thenComparing(p -> -p.named()));
        Map<String, Cluster> out = new HashMap<>();
        Set<String> undecided = new HashSet<>();
        Set<Cluster> taken = new HashSet<>();
        for (Pairing p : pairings) {
            if (out.containsKey(p.office()) || undecided.contains(p.office()) || taken.contains(p.person()) || p.named() < MIN_TIMES_NAMED) continue;
            boolean tied = pairings.stream().anyMatch(q -> q.office().equals(p.office()) && q.person() != p.person()
                && !taken.contains(q.person()) && q.votes() == p.votes() && q.named() == p.named());
            if (tied) {
                undecided.add(p.office());
                continue;
            }
            out.put(p.office(), p.person());
            taken.add(p.person());
        }
        // an office no description's nearest person could take ("Vega has dismissed reports he told Soto he would quit.
        // 'You don't do deals over jobs,' the prime minister said": Soto is named once) is the one named most near its
        // descriptions, the head of government first
        List<String> left = described.stream().map(od -> Keys.normalize(od.position().name)).distinct()
            .filter(o -> !out.containsKey(o) && !undecided.contains(o))
            .sorted(Comparator.comparing(o -> TitleWording.isHeadOfGovernment(o) ? 0 : 1)).toList();
        for (String office : left) {
            List<Cluster> candidates = described.stream().filter(od -> Keys.normalize(od.position().name).equals(office))
                .flatMap(od -> od.namedBefore().stream().filter(p -> mayHoldDescribed(p, od, office, titled)))
                .distinct().filter(p -> !taken.contains(p))
                .sorted(Comparator.comparing(p -> -named.getOrDefault(p, 0))).toList();
            if (candidates.isEmpty()) continue;
            int most = named.getOrDefault(candidates.get(0), 0);
            if (most < MIN_TIMES_NAMED || candidates.size() > 1 && named.getOrDefault(candidates.get(1), 0) == most) continue;
            out.put(office, candidates.get(0));
            taken.add(candidates.get(0));
        }
        return out;
    }

    /**
     * Whether a person named before a description may be the office it describes: named in the lead or just before
     * it, by a full name, not in its own sentence, and holding no other title.
     */
    private static boolean mayHoldDescribed(Cluster person, DocumentEntities.OfficeDescription od, String office, Map<Cluster, Set<String>> titled) {
        return od.namedNear().contains(person) && person.name.contains(" ") && !od.namedWith().contains(person)
            && titled.getOrDefault(person, Set.of()).stream().allMatch(office::equals);
    }

    /**
     * A description that only nearness gives its person names an office one person holds: not when the document
     * gives it to somebody else in any other way, and of several people nearness alone would give it to, only to
     * the one it does most often ("the prime minister" after Mr Howard once, after Mr Blair twice, is Mr Blair).
     */
    private boolean onlyNearestHolder(DocumentEntities.DescribedPerson dp, List<DocumentEntities.DescribedPerson> kept, List<Draft> drafts) {
        Predicate<Cluster> sameOffice = p -> p.name.equalsIgnoreCase(dp.position().name);
        boolean heldByOther = drafts.stream().anyMatch(d -> isPosition(d) && d.subject() != dp.person() && sameOffice.test(d.object()))
            || kept.stream().anyMatch(o -> o.basis() != DocumentEntities.Basis.NEAREST && o.person() != dp.person() && sameOffice.test(o.position()));
        if (heldByOther) return false;
        Map<Cluster, Long> votes = kept.stream().filter(o -> o.basis() == DocumentEntities.Basis.NEAREST && sameOffice.test(o.position()))
            .collect(Collectors.groupingBy(DocumentEntities.DescribedPerson::person, Collectors.counting()));
        long mine = votes.getOrDefault(dp.person(), 0L);
        return votes.entrySet().stream().noneMatch(e -> e.getKey() != dp.person() && e.getValue() >= mine);
    }

    /**
     * A title stated without its country ("President Trump") takes the one country the document gives
     * that person's other titles ("US President Donald Trump"); if the same title with a country is
     * already there, or no country is known, the countryless one is dropped. A title whose country
     * was only guessed from its sentence ("his Greek counterpart") gives way to a stated one.
     */
    private List<Draft> completeTitles(List<Draft> drafts, DocumentEntities entities) {
        Map<Cluster, Set<String>> countriesOf = new HashMap<>();
        Map<Cluster, Set<String>> sidesOf = sidesOf(drafts);
        Set<String> ownedTitles = new HashSet<>();
        for (Draft d : drafts) {
            if (isPosition(d) && d.object().of != null && !entities.ownerGuessed(d.object())) {
                ownedTitles.add(d.titleKey());
                if (entities.isCountry(d.object().of)) countriesOf.computeIfAbsent(d.subject(), k -> new HashSet<>()).add(d.object().of);
            }
        }
        Optional<String> leadCountry = entities.leadCountry();
        // the offices of a story at home in England are the UK's
        Optional<String> titlesOwner = titlesOwner(drafts, entities);
        Optional<String> homeCountry = homeCountry(titlesOwner, entities, leadCountry).map(CountryNames.get()::governingState);
        // a sentence naming the home country itself supports it ("people in the UK") when the story's offices or
        // institutions made it home, not its lead or its only country: "Chancellor Gordon Brown has visited Kenya's
        // biggest shantytown" names where he went
        Optional<String> institutionsHome = entities.institutionCountry().map(CountryNames.get()::governingState);
        Optional<String> establishedHome = titlesOwner.map(CountryNames.get()::governingState).or(() -> institutionsHome);
        String supportingHome = homeCountry.filter(h -> establishedHome.equals(Optional.of(h))).orElse(null);
        // "President Bush is to send his budget to the US Congress": a story whose lead names no country and whose
        // institutions are one republic's is that country's, and so is its bare "President" (not a monarchy's: a
        // British story names the US president bare)
        boolean homePresidentByInstitutions = leadCountry.isEmpty() && institutionsHome.isPresent() && institutionsHome.equals(homeCountry)
            && CountryNames.get().hasPresident(institutionsHome.get());
        // The countries of a person's other titles; failing those, the side they negotiate for, are an
        // envoy of, or lead or belong to the delegation of.
        Function<Cluster, Set<String>> stated = p -> countriesOf.getOrDefault(p, sidesOf.getOrDefault(p, Set.of()));
        // "President Donald Trump's envoy, Steve Witkoff", the US special envoy: a principal named
        // without a country shares the country their envoys act for
        Map<Cluster, Set<String>> principalsOf = new HashMap<>();
        String envoyOf = ontology.requireRelation("envoyOf").name();
        for (Draft d : drafts) {
            if (!d.relation().equals(envoyOf) || !d.object().type.equals("Person")) continue;
            principalsOf.computeIfAbsent(d.object(), k -> new HashSet<>()).addAll(stated.apply(d.subject()));
        }
        // for a bare "President X": the presidencies (and vice-presidencies) the document gives a country, and the
        // countries whose other offices it names (their governments are in the story); with two bare presidents
        // ("President George W Bush ... to meet President Vladimir Putin") one government named is not both their countries
        Map<Boolean, List<Draft>> countryOffices = drafts.stream()
            .filter(d -> isPosition(d) && d.object().of != null && entities.isCountry(d.object().of))
            .collect(Collectors.partitioningBy(d -> TitleWording.isPresident(d.object().name)));
        List<Draft> presidencies = countryOffices.get(true);
        long barePresidents = drafts.stream().filter(d -> isPosition(d) && d.object().of == null && TitleWording.isPresident(d.object().name))
            .map(Draft::subject).distinct().count();
        Set<String> governmentsNamed = barePresidents > 1 ? Set.of()
            : countryOffices.get(false).stream().map(d -> d.object().of).collect(Collectors.toSet());
        // "Dr Greenspan was invited by Chancellor Gordon Brown" in a US story: the one country with a chancellor the story
        // names (the US has none) is a bare chancellor's
        Set<String> chancelleries = drafts.stream().anyMatch(d -> isPosition(d) && TitleWording.isChancellor(d.object().name))
            ? entities.chancellorCountriesNamed() : Set.of();
        Optional<String> chancellery = chancelleries.size() == 1 ? Optional.of(chancelleries.iterator().next()) : Optional.empty();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Set<String> countries = stated.apply(d.subject());
            if (countries.isEmpty()) countries = principalsOf.getOrDefault(d.subject(), Set.of());
            Optional<Cluster> spokesmanBody = isPosition(d) && d.object().of == null && TitleWording.isSpokesman(d.object().name)
                ? entities.subjectOrganizationBefore(d.evidence().start()) : Optional.empty();
            // "Conservative shadow home secretary X": the party shadows the country's office (its membership is a fact
            // of its own), so the office is the country's, as the gold writes it
            Optional<String> shadowed = isPosition(d) && TitleWording.isShadowOffice(d.object().name) && d.object().of != null
                && !entities.isCountry(d.object().of) ? shadowedCountry(d.object(), supportingHome) : Optional.empty();
            // "... the Australian government is against the deal. Trade Minister X has said": in a story with no home, a
            // bare minister is of the government the sentence or the one before names
            Optional<Cluster> namedGovernment = isPosition(d) && d.object().of == null && countries.isEmpty() && homeCountry.isEmpty()
                && TitleWording.isGovernmentOffice(d.object().name) ? entities.governmentNamedAround(d.evidence().start()) : Optional.empty();
            // "said chief executive X" (or a union's "general secretary X") in a story about one firm or body, unless
            // "chief executive of Y" follows; in a story about none, the body the sentence before was about ("The
            // Countryside Alliance said ... Chief executive X said"). A president written in lower case is a firm's ("he
            // became chief operating officer and president"); a head of state's is "President"
            boolean headOfStateSpelling = d.object().surfaces.stream().anyMatch(t -> t.startsWith("President") || t.startsWith("Vice"));
            boolean firmPresident = TitleWording.isPresident(d.object().name) && !headOfStateSpelling;
            Optional<Cluster> storyFirm = isPosition(d) && d.object().of == null
                && (TitleWording.isCompanyOffice(d.object().name) || firmPresident || TitleWording.isGeneralSecretary(d.object().name))
                && !entities.ownerPhraseAfter(d.evidence().start(), d.object().name)
                ? entities.storyFirmAt(d.evidence().start()).or(() -> entities.bodyBeforeInStoryOfNoFirm(d.evidence().start())) : Optional.empty();
            // "The Lib Dems launched their platform, with leader X saying", "party leader X": a bare leader leads the body
            // the sentence is about; so does an election campaign's chief ("Labour hit back ..., with election coordinator X
            // accusing")
            Optional<Cluster> ledBody = isPosition(d) && d.object().of == null
                && (TitleWording.isLeader(d.object().name) || TitleWording.isCampaignOffice(d.object().name))
                ? entities.organizationLedAround(d.evidence().start(), d.subject()) : Optional.empty();
            // "... with Presidents X (DRC) and Y (Rwanda), at the invitation of President Z": the one country that can be his
            // (written as a head of state's office is, "President", not a firm's "president X")
            Optional<String> presidency = isPosition(d) && d.object().of == null && TitleWording.isPresident(d.object().name)
                && headOfStateSpelling
                ? presidencyOf(d, entities.presidentialCountriesAround(d.evidence().start()), presidencies, governmentsNamed) : Optional.empty();
            // "Foreign Secretary X told MPs that the US had agreed", "X - who has resigned as home secretary -" in a story
            // whose one country (in a quote) is France: an office only one country has by that name is that country's,
            // whatever other country its sentence or story names (a bare one in a story at home there is left to the home
            // country's branch below, as before)
            Optional<String> listed = isPosition(d) && countries.isEmpty()
                ? listedElsewhere(d.object()).filter(c -> d.object().of != null || !homeCountry.equals(Optional.of(c))) : Optional.empty();
            if (!isPosition(d)) {
                out.add(d);
            } else if (shadowed.isPresent()) {
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(shadowed.get())), 1.0));
            } else if (d.object().of != null && !entities.ownerGuessed(d.object())) {
                out.add(d);
            } else if (TitleWording.isChancellor(d.object().name) && d.object().of != null && entities.isCountry(d.object().of)
                && !CountryNames.get().hasChancellor(d.object().of)) {
                // "Chancellor X has visited Paris for talks with French leaders": a country guessed from the sentence that
                // has no chancellor is not his; the one the story names that has one may be
                chancellery.ifPresent(c -> out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(c)), 0.6 / DocumentEntities.GUESSED_OWNER_CERTAINTY)));
            } else if (listed.isPresent()) {
                double certainty = d.object().of != null ? DocumentEntities.GUESSED_OWNER_CERTAINTY : DocumentEntities.UNOWNED_TITLE_CERTAINTY;
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(listed.get())), 0.9 / certainty));
            } else if (d.object().of != null && countries.isEmpty() && homeCountry.isPresent()
                && TitleWording.isShadowOffice(d.object().name) && !homeCountry.get().equals(d.object().of)) {
                // a shadow office is the home opposition's ("Shadow foreign secretary X ... to Australia")
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(homeCountry.get())), 0.9 / DocumentEntities.GUESSED_OWNER_CERTAINTY));
            } else if (d.object().of != null && (countries.isEmpty() || countries.contains(d.object().of))) {
                out.add(d);   // the guess agrees with the document, or nothing contradicts it
            } else if (!ownedTitles.contains(d.titleKey()) && countries.size() == 1 && !TitleWording.isCompanyOffice(d.object().name)) {
                // A title nobody's ("President") would join every president of every document into one
                // node; without a country or organisation it is not stored. A firm's office is no country's, whatever
                // the holder's other titles ("chief executive X ... X is a former Scottish international")
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(countries.iterator().next())), 0.85));
            } else if (d.object().of == null && countries.isEmpty() && homeCountry.isPresent()
                && (TitleWording.isGovernmentOffice(d.object().name) || TitleWording.isPresident(d.object().name) && homeCountry.equals(leadCountry))
                && (!TitleWording.isChancellor(d.object().name) || CountryNames.get().hasChancellor(homeCountry.get()))
                && !entities.sentenceNamesOtherCountry(d.evidence().start(), supportingHome)) {
                // An article whose titles mostly belong to one country ("the United Kingdom's new Deputy
                // Prime Minister") names it once and its offices bare ("Home Secretary"), in sentences
                // that name no other country ("The prime minister ... said people in the UK are plotting").
                // A bare "President" is the home country's only in a story about that country alone: the US
                // president turns up in many others. A shadow office goes with its country too, as the gold
                // writes it ("Shadow Justice Secretary|United Kingdom").
                String state = CountryNames.get().officeCountry(homeCountry.get(), TitleWording.isStateKeptOffice(d.object().name));
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(state)), 0.8));
            } else if (d.object().of == null && (countries.isEmpty() || TitleWording.isCompanyOffice(d.object().name)) && storyFirm.isPresent()) {
                // "Executive trio leave Aer Lingus ... The trio are chief executive X, ...": in a story about one firm,
                // a bare company office is that firm's
                out.add(d.withObject(entities.positionOwnedBy(d.object(), storyFirm.get()), 0.8 / DocumentEntities.UNOWNED_TITLE_CERTAINTY));
            } else if (ledBody.isPresent()) {
                out.add(d.withObject(entities.positionOwnedBy(d.object(), ledBody.get()), 0.8 / DocumentEntities.UNOWNED_TITLE_CERTAINTY));
            } else if (namedGovernment.isPresent()) {
                out.add(d.withObject(entities.positionOwnedBy(d.object(), namedGovernment.get()), 0.8));
            } else if (spokesmanBody.isPresent()) {
                // "The Lib Dems say they would fund ... Health spokesman X said": a spokesman named without a body
                // speaks for the one the sentence before was about
                Cluster body = spokesmanBody.get();
                String rule = d.rule() + " + body of the sentence before";
                out.add(new Draft(d.subject(), d.relation(), entities.positionOwnedBy(d.object(), body), SPOKESMAN_BEFORE_CONFIDENCE, d.evidence(), rule));
                out.add(new Draft(d.subject(), ontology.requireRelation("spokeFor").name(), body, SPOKESMAN_BEFORE_CONFIDENCE, d.evidence(), rule));
            } else if (d.object().of == null && countries.isEmpty() && presidency.isPresent()) {
                // a guess from the whole story, so no surer than a bare title
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(presidency.get())), 0.6 / DocumentEntities.UNOWNED_TITLE_CERTAINTY));
            } else if (d.object().of == null && countries.isEmpty() && TitleWording.isPresident(d.object().name) && headOfStateSpelling
                && homePresidentByInstitutions && !entities.sentenceNamesOtherCountry(d.evidence().start(), institutionsHome.get())) {
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(institutionsHome.get())), 0.8));
            } else if (d.object().of == null && countries.isEmpty() && TitleWording.isChancellor(d.object().name) && chancellery.isPresent()) {
                out.add(d.withObject(entities.positionOwnedBy(d.object(), entities.country(chancellery.get())), 0.6 / DocumentEntities.UNOWNED_TITLE_CERTAINTY));
            } else if (d.object().of == null && countries.isEmpty()) {
                // "Home Secretary Charles Clarke": an office only one country has by that name is that country's
                // (the owner is now known from the list, so the unowned title's discount gives way to 0.9)
                NationalNames.offices().countryOf(d.object().name).ifPresent(country -> out.add(d.withObject(
                    entities.positionOwnedBy(d.object(), entities.country(country)), 0.9 / DocumentEntities.UNOWNED_TITLE_CERTAINTY)));
            }
        }
        return out;
    }

    /**
     * The country whose office a party's shadow office shadows: the story's home, when its offices or institutions
     * say it ({@code supportingHome}); failing that, the one country the list gives the office to ("Shadow Chancellor").
     * Not a home taken from the lead alone: a British party's shadow office in a story about Peru is not Peru's.
     */
    private static Optional<String> shadowedCountry(Cluster position, String supportingHome) {
        return supportingHome != null ? Optional.of(supportingHome) : NationalNames.offices().countryOf(position.name);
    }

    /**
     * Whose president a bare "President X" is: the one candidate country left when those whose presidency someone else
     * holds in the same sentence are set aside ("Presidents X (DRC) and Y (Rwanda) ... President Z"); failing one, the
     * one whose government the story names (its other offices: "US Secretary of State X") and whose presidency nobody
     * else in it holds. Someone else's presidency elsewhere in the story does not rule a country out by itself: stories
     * name former presidents ("the impeachment of President X") beside the current one.
     */
    private static Optional<String> presidencyOf(Draft d, Set<String> candidates, List<Draft> presidencies, Set<String> governmentsNamed) {
        Set<String> left = new HashSet<>(candidates);
        left.removeAll(presidenciesHeldByOthers(presidencies, d, true));
        if (left.size() == 1) return Optional.of(left.iterator().next());
        left.retainAll(governmentsNamed);
        left.removeAll(presidenciesHeldByOthers(presidencies, d, false));
        return left.size() == 1 ? Optional.of(left.iterator().next()) : Optional.empty();
    }

    /** The countries whose presidency of the draft's kind (president, vice-president) someone else holds, in its sentence or anywhere. */
    private static Set<String> presidenciesHeldByOthers(List<Draft> presidencies, Draft d, boolean sameSentence) {
        return presidencies.stream()
            .filter(p -> p.subject() != d.subject() && (!sameSentence || p.evidence().start() == d.evidence().start())
                && p.object().name.equalsIgnoreCase(d.object().name))
            .map(p -> p.object().of).collect(Collectors.toSet());
    }

    /** The country the list gives the title's name to, when it is not the country guessed for it. */
    private static Optional<String> listedElsewhere(Cluster position) {
        return NationalNames.offices().countryOf(position.name).filter(country -> !country.equals(position.of));
    }

    /** "X resigned", with no office named: who left, how sure the rule is, and where the text says so. */
    private record OfficeLeft(Cluster subject, String relation, double confidence, Evidence evidence, String rule) {
    }

    /**
     * "Former Fiat chief executive X ... Mr X subsequently resigned": a resignation that names no office is
     * from the one office the document gives its subject with an owner, or of several the one its own sentence
     * gives; else nothing is said. It is no surer than that office is.
     */
    private List<Draft> officesLeftAreTheirOffice(List<Draft> drafts, List<OfficeLeft> officesLeft) {
        List<Draft> added = new ArrayList<>();
        for (OfficeLeft left : officesLeft) {
            List<Draft> held = drafts.stream().filter(d -> isPosition(d) && d.subject() == left.subject() && d.object().of != null).toList();
            // "Chief executive X, a former official in the Clinton administration, has left the firm": of several,
            // the one office the leaving sentence itself gives
            List<Draft> inSentence = held.stream().filter(d -> d.evidence().start() == left.evidence().start()).toList();
            if (offices(held) > 1 && offices(inSentence) == 1) held = inSentence;
            if (offices(held) != 1) continue;
            double office = held.stream().mapToDouble(Draft::confidence).max().orElseThrow();
            added.add(new Draft(left.subject(), left.relation(), held.get(0).object(), Math.min(left.confidence(), office),
                left.evidence(), left.rule() + OFFICE_HELD_RULE));
        }
        return plus(drafts, added);
    }

    private static long offices(List<Draft> held) {
        return held.stream().map(Draft::object).distinct().count();
    }

    /** "X resigned as the party's branch chairman": who left a title held it (former holders count). */
    private List<Draft> leaversHeldTitles(List<Draft> drafts) {
        String resignedFrom = ontology.requireRelation("resignedFrom").name();
        String holdsPosition = ontology.requireRelation("holdsPosition").name();
        List<Draft> added = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.relation().equals(resignedFrom)) continue;
            Draft held = new Draft(d.subject(), holdsPosition, d.object(), d.confidence(), d.evidence(), d.rule());
            added.add(held);
        }
        return plus(drafts, added);
    }

    /**
     * "Company spokesman X said Exxon ...": a spokesman whose organisation only the sentence around the office gave
     * (the one firm it names) speaks for it. Where the text states the owner, the spokeFor rules read the same words
     * more carefully ("the party's Treasury spokesman", "who is not a spokesman for Y" speak for neither).
     */
    private List<Draft> spokesmenSpeakFor(List<Draft> drafts, DocumentEntities entities) {
        String spokeFor = ontology.requireRelation("spokeFor").name();
        List<Draft> added = new ArrayList<>();
        for (Draft d : drafts) {
            if (!isPosition(d) || d.object().of == null || !TitleWording.isSpokesman(d.object().name)
                || !entities.ownerGuessed(d.object())) continue;
            entities.organization(d.object().of).ifPresent(body ->
                added.add(new Draft(d.subject(), spokeFor, body, d.confidence(), d.evidence(), d.rule() + " + spokesman's office")));
        }
        return plus(drafts, added);
    }

    /**
     * "Prime Minister X met his Chilean counterpart, Y": Y holds X's government office for Chile (under
     * that country's usual name for it). X's title stated in the same sentence first, else X's surest.
     */
    private List<Draft> counterpartsHoldTitles(List<Draft> drafts, DocumentEntities entities, String text, CoreDocument doc) {
        List<DocumentEntities.Counterpart> counterparts = entities.counterparts();
        if (counterparts.isEmpty()) return drafts;
        String holdsPosition = ontology.requireRelation("holdsPosition").name();
        List<Draft> out = new ArrayList<>(drafts);
        for (DocumentEntities.Counterpart cp : counterparts) {
            Evidence evidence = evidence(text, doc.sentences().get(cp.sentence()));
            drafts.stream()
                .filter(d -> isPosition(d) && d.subject() == cp.of() && d.object().of != null && !d.object().of.equals(cp.country().name)
                    && entities.isCountry(d.object().of) && TitleWording.counterpartTitle(d.object().name).isPresent())
                .max(Comparator.comparing((Draft d) -> d.evidence().start() == evidence.start()).thenComparingDouble(Draft::confidence))
                .ifPresent(title -> out.add(new Draft(cp.holder(), holdsPosition,
                    entities.positionNamed(TitleWording.counterpartTitle(title.object().name).orElseThrow(), cp.country()),
                    round(title.confidence() * 0.8), evidence, "counterpart + " + title.rule())));
        }
        return out;
    }

    /**
     * "RSF leader X", "X, leader of the Green Party": whoever is called the leader of an organisation
     * leads it (leaderOf), by the gold conventions. Other titles stay titles: a co-leader, a chairman,
     * and a chamber's leader ("House of Commons leader"), which is an office, not the chamber's head. A resignation
     * from the office stays one ("X resigned as Labour leader"): that he led it comes from the office he left
     * (leaversHeldTitles, run first).
     */
    private List<Draft> leadersLead(List<Draft> drafts, DocumentEntities entities) {
        String leaderOf = ontology.requireRelation("leaderOf").name();
        String resignedFrom = ontology.requireRelation("resignedFrom").name();
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Optional<Cluster> led = isPosition(d) && TitleWording.isLeader(d.object().name) && d.object().of != null
                ? entities.organization(d.object().of).filter(org -> !CHAMBER.matcher(org.name).find())
                : Optional.empty();
            out.add(led.filter(org -> !d.relation().equals(resignedFrom))
                .map(org -> new Draft(d.subject(), leaderOf, org, d.confidence(), d.evidence(), d.rule())).orElse(d));
        }
        return out;
    }

    /**
     * The country that owns two or more and more than half of the document's titles owned by a country
     * ({@code owner}, see titlesOwner), if one does; else the only country the document names, if its dateline is in that country; else the
     * country the headline or lead is about; else the one country whose institutions it names ("the Commons").
     */
    private static Optional<String> homeCountry(Optional<String> owner, DocumentEntities entities, Optional<String> leadCountry) {
        // "TOKYO: Japanese farm minister X ... Prime Minister Y": a domestic story may name its country only
        // once; the dateline says it is home (a British story about Bangladesh's former leader is not)
        if (owner.isPresent()) return owner;
        Optional<String> dateline = entities.datelineCountry().flatMap(d -> entities.soleCountry().filter(d::equals));
        if (dateline.isPresent()) return dateline;
        // "talks with Deputy Prime Minister X ... strikes across Britain": a story set in the one country it names
        return leadCountry.or(entities::institutionCountry).or(entities::settingCountry);
    }

    /** The country that owns two or more and more than half of the document's titles owned by a country. */
    private static Optional<String> titlesOwner(List<Draft> drafts, DocumentEntities entities) {
        Set<Cluster> titles = new HashSet<>();   // each title once, whatever holds or left it
        for (Draft d : drafts) {
            if (isPosition(d) && d.object().of != null && entities.isCountry(d.object().of)) titles.add(d.object());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Cluster t : titles) counts.merge(t.of, 1, Integer::sum);
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getValue() * 2 > titles.size()).map(Map.Entry::getKey).findFirst();
    }

    /** The country each person acts for in this document: negotiatorOf or envoyOf it, or in its delegation. */
    private Map<Cluster, Set<String>> sidesOf(List<Draft> drafts) {
        Set<String> direct = Set.of(ontology.requireRelation("negotiatorOf").name(), ontology.requireRelation("envoyOf").name());
        Set<String> viaGroup = Set.of(ontology.requireRelation("leaderOf").name(), ontology.requireRelation("memberOf").name());
        Map<Cluster, Set<String>> out = new HashMap<>();
        for (Draft d : drafts) {
            if (!d.subject().type.equals("Person")) continue;
            Optional<String> country = Optional.empty();
            if (direct.contains(d.relation()) && d.object().type.equals("Country")) country = Optional.of(d.object().name);
            if (viaGroup.contains(d.relation()) && d.object().type.equals("Organization")) {
                // "Ukrainian delegation", "U.S. delegation": the group is named by its country
                country = CountryNames.get().canonical(d.object().name.split(" ")[0]);
            }
            country.ifPresent(c -> out.computeIfAbsent(d.subject(), k -> new HashSet<>()).add(c));
        }
        return out;
    }

    private static boolean isPosition(Draft d) {
        return d.object().type.equals("Position");
    }

    /**
     * A fact a rule found and a KBP hint agrees with (same subject, relation and object, same sentence)
     * is more likely right: the two confidences combine as independent evidence, 1 - (1-a)(1-b), at most 0.97.
     */
    private static void confirm(Map<String, Draft> best, List<Draft> confirmations) {
        for (Draft hint : confirmations) {
            best.computeIfPresent(hint.key(), (k, d) -> new Draft(d.subject(), d.relation(), d.object(),
                round(Math.min(0.97, 1 - (1 - d.confidence()) * (1 - hint.confidence()))), d.evidence(), d.rule() + " + " + hint.rule()));
        }
    }

    /** The drafts, then each added one whose (subject, relation, object, sentence) is new. */
    private static List<Draft> plus(List<Draft> drafts, List<Draft> added) {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Draft d : drafts) out.put(d.key(), d);
        for (Draft d : added) out.putIfAbsent(d.key(), d);
        return new ArrayList<>(out.values());
    }

    /**
     * A person accompanying another ("X was accompanied by his deputy Y") is in the delegation X leads
     * or belongs to, and takes part in what X takes part in. The companion draft is memberOf with the
     * accompanied person as its object; it is never a fact itself.
     */
    private List<Draft> companionsJoin(List<Draft> drafts, List<Draft> companions) {
        if (companions.isEmpty()) return drafts;
        String memberOf = ontology.requireRelation("memberOf").name();
        String participatedIn = ontology.requireRelation("participatedIn").name();
        Set<String> joins = Set.of(memberOf, ontology.requireRelation("leaderOf").name(), participatedIn);
        List<Draft> added = new ArrayList<>();
        for (Draft companion : companions) {
            for (Draft side : drafts) {
                if (side.subject() != companion.object() || !joins.contains(side.relation())) continue;
                String relation = side.relation().equals(participatedIn) ? participatedIn : memberOf;
                Draft joined = new Draft(companion.subject(), relation, side.object(),
                    round(Math.min(companion.confidence(), side.confidence()) * 0.9), companion.evidence(),
                    companion.rule() + " + " + side.rule());
                added.add(joined);
            }
        }
        return plus(drafts, added);
    }

    /**
     * "X has met Y and Z. The Downing Street talks covered ...": a meeting stated without an event of its
     * own, followed by a sentence about "the talks", was those talks; whoever met took part in them.
     */
    private List<Draft> meetingsNamedNext(List<Draft> drafts, DocumentEntities entities, String text, CoreDocument doc) {
        String metWith = ontology.requireRelation("metWith").name();
        String participatedIn = ontology.requireRelation("participatedIn").name();
        // most documents state no meeting: index the sentences only when one does
        if (drafts.stream().noneMatch(d -> d.relation().equals(metWith))) return drafts;
        Map<Integer, Integer> sentenceStarting = new HashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) sentenceStarting.put(evidence(text, doc.sentences().get(i)).start(), i);
        Set<String> hasEvent = new HashSet<>();   // who already took part in something in that sentence
        for (Draft d : drafts) if (d.relation().equals(participatedIn)) hasEvent.add(d.subject().key() + "|" + d.evidence().start());
        List<Draft> added = new ArrayList<>();
        for (Draft met : drafts) {
            Integer sentence = sentenceStarting.get(met.evidence().start());
            if (!met.relation().equals(metWith) || sentence == null) continue;
            Optional<DocumentEntities.Mention> talks = entities.talksOpening(sentence + 1);
            if (talks.isEmpty()) continue;
            Cluster event = entities.event(talks.get());
            for (Cluster who : List.of(met.subject(), met.object())) {
                if (hasEvent.contains(who.key() + "|" + met.evidence().start())) continue;
                Draft took = new Draft(who, participatedIn, event, round(met.confidence() * 0.9), met.evidence(), met.rule() + " + talks named next");
                added.add(took);
            }
        }
        return plus(drafts, added);
    }

    /**
     * A delegation the document gives members or a leader, with no event of its own, is there for the
     * talks the article is about: the first talks, negotiations, meeting or summit it names. A weak
     * inference (0.6), made only for groups (delegations, sides), never for named organisations.
     */
    private List<Draft> groupsTakePart(List<Draft> drafts, DocumentEntities entities, String text, CoreDocument doc) {
        String participatedIn = ontology.requireRelation("participatedIn").name();
        Set<String> membership = Set.of(ontology.requireRelation("memberOf").name(), ontology.requireRelation("leaderOf").name());
        Set<Cluster> busy = new HashSet<>();
        Set<Cluster> staffed = new LinkedHashSet<>();
        for (Draft d : drafts) {
            if (d.relation().equals(participatedIn)) busy.add(d.subject());
            if (membership.contains(d.relation()) && entities.isGroup(d.object())) staffed.add(d.object());
        }
        staffed.removeAll(busy);
        if (staffed.isEmpty()) return drafts;
        Optional<DocumentEntities.Mention> talks = entities.firstTalks();
        if (talks.isEmpty()) return drafts;
        Cluster event = entities.event(talks.get());
        Evidence evidence = evidence(text, doc.sentences().get(talks.get().sentence()));
        List<Draft> out = new ArrayList<>(drafts);
        for (Cluster group : staffed) out.add(new Draft(group, participatedIn, event, 0.6, evidence, "document-talks"));
        return out;
    }

    /**
     * The members and the leader of a delegation took part in what the delegation took part in ("The
     * talks included a Ukrainian delegation led by X" -> X took part in the talks). The evidence is
     * the sentence that ties the person to the group; the confidence the weaker of the two facts.
     */
    private List<Draft> membersTakePart(List<Draft> drafts, DocumentEntities entities) {
        String participatedIn = ontology.requireRelation("participatedIn").name();
        Set<String> membership = Set.of(
            ontology.requireRelation("memberOf").name(), ontology.requireRelation("leaderOf").name());
        List<Draft> added = new ArrayList<>();
        for (Draft group : drafts) {
            // a delegation's people were at its talks; a party's or an army's were not all there
            if (!group.relation().equals(participatedIn) || !entities.isGroup(group.subject())) continue;
            for (Draft member : drafts) {
                if (!membership.contains(member.relation()) || member.object() != group.subject()
                    || !member.subject().type.equals("Person")) continue;
                Draft joined = new Draft(member.subject(), participatedIn, group.object(),
                    round(Math.min(member.confidence(), group.confidence()) * 0.95), member.evidence(),
                    member.rule() + " + " + group.rule());
                added.add(joined);
            }
        }
        return plus(drafts, added);
    }

    /** A capital where the relation wants a country, organisation or person, read as its country. */
    private DocumentEntities.Argument asAgent(DocumentEntities.Argument a, String expected, DocumentEntities entities) {
        if (ontology.fits(a.cluster().type, expected) || !ontology.fits("Country", expected)) return a;
        return entities.metonym(a.cluster()).map(m -> new DocumentEntities.Argument(m.cluster(), a.certainty() * m.certainty())).orElse(a);
    }

    /** The sentence as it stands in the original text (the annotated copy may differ at a dateline). */
    private static Evidence evidence(String text, CoreSentence sentence) {
        int start = sentence.charOffsets().first();
        int end = sentence.charOffsets().second();
        return new Evidence(text.substring(start, end), start, end);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
