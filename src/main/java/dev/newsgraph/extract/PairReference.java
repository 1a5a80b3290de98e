package dev.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Both countries", "the two sides", "the two leaders", "the two firms": a plural that stands for two entities the text
 * named before. The extract stage lets it fill a rule's slot; the resolve stage says which two it means.
 */
public enum PairReference {
    /** Countries, or for "sides" also organisations: fills a COUNTRY slot. */
    STATES("COUNTRY"),
    /** Two people: fills a PERSON slot. */
    PEOPLE("PERSON"),
    /** Two companies ("the two firms signed a memorandum"): fills an ORGANIZATION slot. */
    COMPANIES("ORGANIZATION");

    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "side", "government");
    private static final Set<String> PEOPLE_NOUNS = Set.of("leader", "man", "woman");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "bank", "carrier", "airline", "exchange");

    private final String ner;

    PairReference(String ner) {
        this.ner = ner;
    }

    /** The NER class the plural takes while the rules run. */
    public String ner() {
        return ner;
    }

    /** What the plural stands for, when it is "both X" or "the two X" (not "two countries", which names none). */
    public static Optional<PairReference> of(SemanticGraph graph, IndexedWord w) {
        if (!"NNS".equals(w.tag()) || w.lemma() == null) return Optional.empty();
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        PairReference kind = STATE_NOUNS.contains(lemma) ? STATES : PEOPLE_NOUNS.contains(lemma) ? PEOPLE
            : COMPANY_NOUNS.contains(lemma) ? COMPANIES : null;
        if (kind == null) return Optional.empty();
        boolean both = false, two = false, definite = false;
        for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            String rel = e.getRelation().toString();
            if (word.equals("both")) both = true;
            if (word.equals("two") && rel.equals("nummod")) two = true;
            if (rel.equals("det") && (word.equals("the") || word.equals("these") || word.equals("those"))) definite = true;
        }
        return both || (two && definite) ? Optional.of(kind) : Optional.empty();
    }
}
