package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * "Sudan's army chief Abdel Fattah al-Burhan visited Cairo": the parser sometimes makes the title the
 * head of the phrase and leaves the name hanging from it as a bare {@code dep}, so the title, not the
 * person, is the subject of "visited". "President Donald Trump visited" is parsed with the name as
 * head and the title as its compound; this rewrites the first shape into the second, so every rule
 * reads both alike.
 * <p>
 * Only a title directly followed by its name is rewritten: between them stand only the name's own
 * words. What stands before the name (the country, the portfolio) stays on the title; what follows
 * the name (a relative clause, an apposition) moves to it.
 */
final class TitleHeads {

    private static final GrammaticalRelation COMPOUND = UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER;

    private TitleHeads() {
    }

    static void repair(CoreDocument doc) {
        for (CoreSentence sentence : doc.sentences()) {
            SemanticGraph g = sentence.dependencyParse();
            if (g == null) continue;
            for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
                if (isTitleOverName(sentence, e)) makeNameHead(g, e.getGovernor(), e.getDependent());
            }
        }
    }

    private static boolean isTitleOverName(CoreSentence sentence, SemanticGraphEdge e) {
        IndexedWord title = e.getGovernor();
        IndexedWord name = e.getDependent();
        if (!e.getRelation().toString().equals("dep") || !"TITLE".equals(title.ner()) || !"PERSON".equals(name.ner())) {
            return false;
        }
        if (name.index() <= title.index()) return false;
        List<CoreLabel> tokens = sentence.tokens();
        // the tokens between are the name's first words ("Abdel Fattah al -" before "Burhan")
        for (int i = title.index() + 1; i < name.index(); i++) {
            if (!"PERSON".equals(tokens.get(i - 1).ner())) return false;
        }
        return true;
    }

    private static void makeNameHead(SemanticGraph g, IndexedWord title, IndexedWord name) {
        // what stands before the name (the country, the portfolio) stays on the title
        promote(g, title, name, dependent -> dependent.index() < name.index(), COMPOUND);
    }

    /**
     * Makes {@code name} the head of the phrase {@code old} headed: it takes over {@code old}'s governors
     * (and its place among the roots) and those of its dependents that do not stay, and {@code old} hangs
     * from it by {@code relation}.
     */
    static void promote(SemanticGraph g, IndexedWord old, IndexedWord name, Predicate<IndexedWord> staysOnOld, GrammaticalRelation relation) {
        for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(old))) {
            g.removeEdge(in);
            // an enhanced graph may have a cycle back through the name; the name does not govern itself
            if (!in.getGovernor().equals(name)) g.addEdge(in.getGovernor(), name, in.getRelation(), in.getWeight(), in.isExtra());
        }
        if (g.getRoots().contains(old)) {
            List<IndexedWord> roots = new ArrayList<>(g.getRoots());
            roots.set(roots.indexOf(old), name);
            g.setRoots(roots);
        }
        for (SemanticGraphEdge out : new ArrayList<>(g.outgoingEdgeList(old))) {
            if (out.getDependent().equals(name)) {
                g.removeEdge(out);
            } else if (!staysOnOld.test(out.getDependent())) {
                g.removeEdge(out);
                g.addEdge(name, out.getDependent(), out.getRelation(), out.getWeight(), out.isExtra());
            }
        }
        g.addEdge(name, old, relation, Double.NEGATIVE_INFINITY, false);
    }
}
