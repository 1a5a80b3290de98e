package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.List;
import java.util.Set;

/**
 * "Scottish Finance Minister, Tom McCabe MSP, said": the parser makes the letters after a name ("MSP",
 * "MP", "QC") the head of the phrase and the name their compound, so no rule sees a person in apposition
 * to the title or as the subject; NER sometimes tags the letters an organisation. This makes the name's
 * last word the head again, with the letters hanging from it, and drops NER's tag on them.
 */
final class PostNominals {

    /** Letters written after a member's or barrister's name in British news. */
    private static final Set<String> LETTERS = Set.of("MP", "MSP", "MEP", "AM", "MLA", "QC", "KC");

    private PostNominals() {
    }

    static void repair(CoreDocument doc) {
        for (CoreSentence sentence : doc.sentences()) {
            SemanticGraph g = sentence.dependencyParse();
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel letters = tokens.get(i);
                if (!LETTERS.contains(letters.word()) || !"PERSON".equals(tokens.get(i - 1).ner()) || "PERSON".equals(letters.ner())) continue;
                untag(doc, sentence, letters);
                IndexedWord head = g == null ? null : g.getNodeByIndexSafe(letters.index());
                IndexedWord name = g == null ? null : g.getNodeByIndexSafe(tokens.get(i - 1).index());
                if (head == null || name == null || !g.containsEdge(head, name)) continue;
                // every dependent moves to the name: its first words, and whatever follows
                TitleHeads.promote(g, head, name, dependent -> false, GrammaticalRelation.DEPENDENT);
            }
        }
    }

    private static void untag(CoreDocument doc, CoreSentence sentence, CoreLabel letters) {
        if ("O".equals(letters.ner())) return;
        letters.setNER("O");
        for (List<CoreEntityMention> mentions : List.of(doc.entityMentions(), sentence.entityMentions())) {
            if (mentions != null) mentions.removeIf(m -> m.tokens().size() == 1 && m.tokens().get(0) == letters);
        }
    }
}
