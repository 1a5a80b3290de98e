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
 */
final class RelativeClauses {

    private static final Set<String> PRONOUNS = Set.of("who", "whom", "which");
    private static final Set<String> PRONOUN_ROLES = Set.of("nsubj", "nsubj:pass", "obj");
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
        }
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
