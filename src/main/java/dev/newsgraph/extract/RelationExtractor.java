package dev.newsgraph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over every sentence's enhanced++ dependency graph, then adds the KBP hints. */
public final class RelationExtractor {

    private final RuleSet rules;
    private final KbpHints hints;

    public RelationExtractor(RuleSet rules, KbpHints hints) {
        this.rules = rules;
        this.hints = hints;
    }

    public List<RuleMatch> matches(CoreDocument doc) {
        List<RuleMatch> out = new ArrayList<>();
        List<CoreSentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence sentence = sentences.get(i);
            SemanticGraph graph = sentence.dependencyParse();
            if (graph == null || graph.isEmpty()) continue;
            for (SemgrexRule rule : rules.rules()) {
                SemgrexMatcher m = rule.pattern().matcher(graph);
                while (m.find()) {
                    if (m.getNode("subject") == null || (m.getNode("object") == null && m.getNode("title") == null)) {
                        throw new IllegalStateException(rule.id() + " must name =subject and =object (or =title)");
                    }
                    out.add(new RuleMatch(rule, i, sentence, m.getNode("subject"), m.getNode("object"),
                        m.getNode("title"), m.getNode("trigger")));
                }
            }
        }
        out.addAll(hints.matches(doc));
        return out;
    }
}
