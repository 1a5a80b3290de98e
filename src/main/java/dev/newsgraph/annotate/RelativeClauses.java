package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "David Blunkett - who has resigned as home secretary - built his reputation ...": when the parser loses
 * its way in a sentence, it may hang the relative clause from the name as a bare {@code dep} and leave
 * "who" as its subject, so no rule learns who resigned. This gives such a clause the shape the parser
 * gives a relative clause it understood ("X, who led Labour, said"): {@code acl:relcl} from the name, the
 * name as the clause's subject (or object) in place of the pronoun, and the pronoun as its {@code ref}.
 * <p>
 * Only a clause whose pronoun stands right after the name (a comma or dash between at most) is rewritten.
 * <p>
 * "X, who served as defence minister until Friday, resigned after the raid": here the parser may instead make
 * the name the sentence's root and hang the main verb from the clause, again as a bare {@code dep} with no
 * subject. The verb after the clause's closing comma is then made the root, with the name as its subject.
 */
final class RelativeClauses {

    private static final Set<String> PRONOUNS = Set.of("who", "whom", "which");
    private static final Set<String> PRONOUN_ROLES = Set.of("nsubj", "nsubj:pass", "obj");
    /** Verbs of holding a post: "who serves as", "who acted as". */
    private static final Set<String> SERVING = Set.of("serve", "act", "work");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "longer");
    private static final Set<String> MODALS = Set.of("could", "would", "might", "may", "should", "will", "shall", "must", "can");
    /** The tags of a comma or dash between a name and its clause ("X - who", "X, who"). */
    private static final Set<String> PUNCTUATION = Set.of(",", "HYPH", ":");

    private RelativeClauses() {
    }

    static void repair(CoreDocument doc) {
        for (CoreSentence sentence : doc.sentences()) {
            SemanticGraph g = sentence.dependencyParse();
            if (g == null) continue;
            for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
                IndexedWord noun = e.getGovernor();
                IndexedWord verb = e.getDependent();
                if (!e.getRelation().toString().equals("dep") || !tagged(noun, "NN") || !tagged(verb, "VB")) continue;
                pronounRole(g, noun, verb).ifPresent(role -> attach(g, e, role));
            }
            mainVerbAfterClause(g);
            clauseTitlesAsAppositions(g);
        }
    }

    /**
     * "X, who is Peru's chief negotiator,", "X, who serves as special envoy of Y,", "X, who is a member of the Z party,"
     * say what "X, Peru's chief negotiator," says; the title also becomes the name's apposition, so every rule written
     * for the apposition reads the clause too. Not a clause that is negated or only possible ("who is not a member",
     * "who could be the next prime minister").
     */
    private static void clauseTitlesAsAppositions(SemanticGraph g) {
        for (SemanticGraphEdge ref : List.copyOf(g.edgeListSorted())) {
            // "who is a member of Z" as the parser sometimes reads it: the title the subject of a copular "who"
            IndexedWord pronoun = ref.getDependent();
            if (!ref.getRelation().toString().equals("ref") || !tagged(ref.getGovernor(), "NNP") || !introducedByWho(g, ref.getGovernor())
                || !pronoun.word().equalsIgnoreCase("who") || hedged(g, pronoun)
                || g.outgoingEdgeList(pronoun).stream().noneMatch(e -> e.getRelation().toString().equals("cop"))) continue;
            g.outgoingEdgeList(pronoun).stream().filter(e -> e.getRelation().toString().equals("nsubj"))
                .map(SemanticGraphEdge::getDependent).filter(t -> tagged(t, "NN") && !hedged(g, t) && !hasApposition(g, ref.getGovernor(), t))
                .findFirst().ifPresent(t -> g.addEdge(ref.getGovernor(), t, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, ref.getWeight(), false));
        }
        for (SemanticGraphEdge clause : List.copyOf(g.edgeListSorted())) {
            if (!clause.getRelation().toString().equals("acl:relcl")) continue;
            IndexedWord name = clause.getGovernor();
            IndexedWord head = clause.getDependent();
            if (!tagged(name, "NNP") || !introducedByWho(g, name) || hedged(g, head)) continue;
            IndexedWord title = null;
            if (tagged(head, "NN") && g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().equals("cop"))) {
                title = head;   // "who is Peru's chief negotiator"
            } else if (SERVING.contains(String.valueOf(head.lemma()).toLowerCase(Locale.ROOT))) {
                title = g.outgoingEdgeList(head).stream().filter(e -> e.getRelation().toString().equals("obl:as"))
                    .map(SemanticGraphEdge::getDependent).filter(t -> tagged(t, "NN")).findFirst().orElse(null);   // "who serves as ..."
            }
            if (title != null && !hedged(g, title) && !hasApposition(g, name, title)) {
                g.addEdge(name, title, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, clause.getWeight(), false);
            }
        }
    }

    private static boolean hasApposition(SemanticGraph g, IndexedWord name, IndexedWord title) {
        return g.getAllEdges(name, title).stream().anyMatch(e -> e.getRelation().toString().equals("appos"));
    }

    private static boolean introducedByWho(SemanticGraph g, IndexedWord name) {
        return whoRightAfter(g, name).isPresent();
    }

    /** The "who" the parser refers to the name that stands right after it ("X, who ..."). */
    private static Optional<IndexedWord> whoRightAfter(SemanticGraph g, IndexedWord name) {
        return g.outgoingEdgeList(name).stream()
            .filter(e -> e.getRelation().toString().equals("ref") && e.getDependent().word().equalsIgnoreCase("who"))
            .map(SemanticGraphEdge::getDependent).filter(p -> rightAfter(g, name, p)).findFirst();
    }

    /** Negated ("not", "never", "no longer") or only possible ("could", "would", "will"). */
    private static boolean hedged(SemanticGraph g, IndexedWord w) {
        return g.outgoingEdgeList(w).stream().anyMatch(e -> {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            return rel.equals("advmod") && NEGATIONS.contains(word) || rel.equals("det") && word.equals("no")
                || rel.equals("aux") && MODALS.contains(word);
        });
    }

    /** See the class comment: the name rooted, the clause under it, and a subjectless verb after a comma under the clause. */
    private static void mainVerbAfterClause(SemanticGraph g) {
        if (g.getRoots().size() != 1) return;
        IndexedWord noun = g.getFirstRoot();
        if (!tagged(noun, "NN")) return;
        for (SemanticGraphEdge clause : g.outgoingEdgeList(noun)) {
            IndexedWord head = clause.getDependent();
            // the clause as the parser sometimes reads it: under its verb ("who served as ...") or under the pronoun
            // itself ("who was Peru's defence minister")
            boolean relative = clause.getRelation().toString().equals("acl:relcl")
                || clause.getRelation().toString().equals("dep") && PRONOUNS.contains(head.word().toLowerCase(Locale.ROOT));
            if (!relative) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
                IndexedWord verb = e.getDependent();
                if (!e.getRelation().toString().equals("dep") || verb.index() < head.index() || !finite(g, verb)
                    || hasSubject(g, verb) || g.incomingEdgeList(verb).size() != 1 || !afterComma(g, verb)) continue;
                g.removeEdge(e);
                makeSubject(g, verb, noun, e.getWeight());
                return;
            }
        }
        copularClauseBeforeVerb(g, noun);
    }

    /**
     * "X, who is Peru's chief negotiator, has resigned": the parser may read the verb after the clause as a relative
     * clause of its own, with the name as its object and the clause's title as its subject ("X, whom the negotiator
     * has resigned"). The verb gets the name back as its subject, and the title becomes the name's apposition, as in
     * "X, Peru's chief negotiator, has resigned".
     */
    private static void copularClauseBeforeVerb(SemanticGraph g, IndexedWord noun) {
        IndexedWord pronoun = whoRightAfter(g, noun).orElse(null);
        if (pronoun == null || g.outgoingEdgeList(pronoun).stream().noneMatch(e -> e.getRelation().toString().equals("cop"))) return;
        for (SemanticGraphEdge clause : g.outgoingEdgeList(noun)) {
            IndexedWord verb = clause.getDependent();
            if (!clause.getRelation().toString().equals("acl:relcl") || !finite(g, verb) || !afterComma(g, verb)) continue;
            SemanticGraphEdge asObject = g.getEdge(verb, noun);
            if (asObject == null || !asObject.getRelation().toString().equals("obj")) continue;
            SemanticGraphEdge title = g.outgoingEdgeList(verb).stream()
                .filter(e -> e.getRelation().toString().startsWith("nsubj"))
                .filter(e -> e.getDependent().index() > pronoun.index() && e.getDependent().index() < verb.index())
                .findFirst().orElse(null);
            g.removeEdge(clause);
            g.removeEdge(asObject);
            if (title != null) g.removeEdge(title);
            // the title, whether the parser made it the verb's subject or the pronoun's
            IndexedWord predicate = title != null ? title.getDependent() : g.outgoingEdgeList(pronoun).stream()
                .filter(e -> e.getRelation().toString().equals("nsubj") && e.getDependent().index() < verb.index())
                .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            if (predicate != null) g.addEdge(noun, predicate, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, clause.getWeight(), false);
            makeSubject(g, verb, noun, clause.getWeight());
            return;
        }
    }

    /** The noun as the verb's subject (passive when the verb is), and the verb as the sentence's root. */
    private static void makeSubject(SemanticGraph g, IndexedWord verb, IndexedWord noun, double weight) {
        boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(a -> a.getRelation().toString().equals("aux:pass"));
        g.addEdge(verb, noun, passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
            : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, weight, false);
        g.setRoot(verb);
    }

    /**
     * A verb that can carry a sentence: a tensed form (or a bare one, as the tagger reads a past "quit" or "cut" here),
     * or a participle with an auxiliary ("has resigned"); not a bare participle ("X, who ..., having resigned").
     */
    private static boolean finite(SemanticGraph g, IndexedWord verb) {
        if (Set.of("VBD", "VBZ", "VBP", "VB").contains(String.valueOf(verb.tag()))) return true;
        return tagged(verb, "VB") && g.outgoingEdgeList(verb).stream().anyMatch(a -> a.getRelation().toString().startsWith("aux"));
    }

    private static boolean hasSubject(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(s -> s.getRelation().toString().startsWith("nsubj"));
    }

    /** Whether a comma stands right before the verb or its first auxiliary: the clause closed there. */
    private static boolean afterComma(SemanticGraph g, IndexedWord verb) {
        int first = g.outgoingEdgeList(verb).stream().filter(a -> a.getRelation().toString().startsWith("aux"))
            .mapToInt(a -> a.getDependent().index()).min().orElse(verb.index());
        first = Math.min(first, verb.index());
        IndexedWord before = g.getNodeByIndexSafe(first - 1);
        return before != null && ",".equals(before.word());
    }

    /** The verb's edge to a relative pronoun standing right after the noun (a comma or dash between at most). */
    private static Optional<SemanticGraphEdge> pronounRole(SemanticGraph g, IndexedWord noun, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream()
            .filter(e -> PRONOUN_ROLES.contains(e.getRelation().toString()))
            .filter(e -> PRONOUNS.contains(e.getDependent().word().toLowerCase(Locale.ROOT)))
            .filter(e -> rightAfter(g, noun, e.getDependent()))
            .findFirst();
    }

    private static boolean rightAfter(SemanticGraph g, IndexedWord noun, IndexedWord pronoun) {
        int gap = pronoun.index() - noun.index();
        if (gap == 1) return true;
        IndexedWord between = gap == 2 ? g.getNodeByIndexSafe(noun.index() + 1) : null;
        return between != null && PUNCTUATION.contains(String.valueOf(between.tag()));
    }

    private static void attach(SemanticGraph g, SemanticGraphEdge dep, SemanticGraphEdge role) {
        IndexedWord noun = dep.getGovernor();
        IndexedWord verb = dep.getDependent();
        IndexedWord pronoun = role.getDependent();
        g.removeEdge(dep);
        g.addEdge(noun, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, dep.getWeight(), false);
        g.removeEdge(role);
        g.addEdge(verb, noun, role.getRelation(), role.getWeight(), true);
        g.addEdge(noun, pronoun, UniversalEnglishGrammaticalRelations.REFERENT, role.getWeight(), true);
    }

    private static boolean tagged(IndexedWord w, String prefix) {
        return w.tag() != null && w.tag().startsWith(prefix);
    }
}
