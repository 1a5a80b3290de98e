package dev.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs every dependency rule over each sentence's enhanced++ graph and every surface rule over its
 * tokens, then adds the KBP hints.
 */
public final class RelationExtractor {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    // "if Labour wins", "called for him to go": a condition or somebody else's wish
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "for");
    // "claims that he led a grubby government": what others allege
    private static final Set<String> HEARSAY = Set.of("claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "speculation");
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "reject", "fail", "threaten", "avoid", "deny");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

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
            // "He flew to Lima", "Both sides agreed to talks": while the dependency rules run, a personal
            // pronoun may fill a person's slot and a pair reference a country's or person's; who they
            // stand for is the resolver's question (coreference, the entities named before)
            Map<CoreLabel, String> standIns = standIns(sentence, graph);
            standIns.forEach(CoreLabel::setNER);
            try {
                for (SemgrexRule rule : rules.rules()) {
                    SemgrexMatcher m = rule.pattern().matcher(graph);
                    while (m.find()) {
                        IndexedWord office = m.getNode("office");
                        if (m.getNode("subject") == null || (m.getNode("object") == null && m.getNode("title") == null && office == null)) {
                            throw new IllegalStateException(rule.id() + " must name =subject and =object (or =title, or =office)");
                        }
                        // "X resigned": the word that names the office left is also the trigger; so is a verb that
                        // names the event itself ("X bought Y")
                        IndexedWord trigger = m.getNode("trigger") != null ? m.getNode("trigger") : office != null ? office : verbEvent(m.getNode("object"));
                        if (!happened(graph, trigger, m.getNode("object"))) continue;
                        out.add(new RuleMatch(rule, i, sentence, m.getNode("subject"), m.getNode("object"),
                            m.getNode("title"), trigger, office));
                    }
                }
            } finally {
                standIns.keySet().forEach(t -> t.setNER("O"));
            }
            for (TokensRegexRule rule : rules.surfaceRules()) {
                TokenSequenceMatcher m = rule.pattern().getMatcher(sentence.tokens());
                // From every start, not just after the last match: each name of "A-B-C talks" is a subject
                for (int from = 0; from < sentence.tokens().size() && m.find(from); from = m.start() + 1) {
                    IndexedWord subject = lastToken(graph, m, "$subject");
                    IndexedWord object = lastToken(graph, m, "$object");
                    IndexedWord title = lastToken(graph, m, "$title");
                    IndexedWord trigger = lastToken(graph, m, "$trigger");
                    if (subject == null || (object == null && title == null) || !happened(graph, trigger, object)) continue;
                    out.add(new RuleMatch(rule, i, sentence, subject, object, title, trigger));
                }
            }
        }
        out.addAll(hints.matches(doc));
        return out;
    }

    /** Tokens NER left out that stand for a named entity, with the NER class they take while the rules run. */
    private static Map<CoreLabel, String> standIns(CoreSentence sentence, SemanticGraph graph) {
        Map<CoreLabel, String> out = new LinkedHashMap<>();
        for (CoreLabel t : sentence.tokens()) {
            if (!"O".equals(t.ner())) continue;
            if ("PRP".equals(t.tag()) && PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) out.put(t, "PERSON");
            IndexedWord node = graph.getNodeByIndexSafe(t.index());
            if (node != null) PairReference.of(graph, node).ifPresent(pair -> out.put(t, pair.ner()));
        }
        return out;
    }

    /**
     * "did not attend", "never met", "refused to take part", "declined to meet", "if Labour wins", "called
     * for him to go", "claims that he led": what the trigger says did not happen, or only might. (Rules
     * with no trigger word state their own conditions.)
     */
    private static boolean denied(SemanticGraph graph, IndexedWord trigger) {
        if (trigger == null) return false;
        for (SemanticGraphEdge e : graph.outgoingEdgeList(trigger)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            if ((rel.equals("advmod") || rel.equals("neg")) && NEGATIONS.contains(word)) return true;
            // "if Labour wins the election", "called for him to go"; but "thanked X for hosting the talks"
            // gives the reason, which happened
            if (rel.equals("mark") && CONDITIONS.contains(word) && (!word.equals("for") || isInfinitive(graph, trigger))) return true;
            if (rel.equals("mark") && word.equals("without")) return true;     // "left without meeting him"
        }
        for (SemanticGraphEdge e : graph.incomingEdgeList(trigger)) {
            String lemma = e.getGovernor().lemma() == null ? "" : e.getGovernor().lemma().toLowerCase(Locale.ROOT);
            String rel = e.getRelation().toString();
            if (rel.equals("xcomp") && REFUSALS.contains(lemma)) return true;
            if ((rel.equals("ccomp") || rel.equals("dep") || rel.startsWith("acl")) && HEARSAY.contains(lemma)) return true;
        }
        return false;
    }

    /** An object that is a verb ("X bought Y": the buying) is the event, and what says whether it happened. */
    private static IndexedWord verbEvent(IndexedWord object) {
        return object != null && object.tag() != null && object.tag().startsWith("VB") ? object : null;
    }

    /** Whether the text says the match happened: its trigger is not denied and its object not withheld. */
    private static boolean happened(SemanticGraph graph, IndexedWord trigger, IndexedWord object) {
        return !denied(graph, trigger) && !withheld(graph, object);
    }

    private static boolean isInfinitive(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream()
            .anyMatch(e -> e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to"));
    }

    /**
     * "left without holding talks with Y": the object of a relation that did not happen; "refused to
     * hold talks with Y": the verb governing it says so (for rules that name no trigger of their own).
     */
    private static boolean withheld(SemanticGraph graph, IndexedWord object) {
        if (object == null) return false;
        boolean without = graph.outgoingEdgeList(object).stream()
            .anyMatch(e -> e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase("without"));
        if (without) return true;
        IndexedWord governor = graph.getParent(object);
        if (governor == null || !String.valueOf(governor.tag()).startsWith("VB")) return false;
        // what the verb does to the object, not what it says of its subject ("if X's proposal were adopted")
        String rel = graph.reln(governor, object).toString();
        return (rel.equals("obj") || rel.startsWith("obl")) && denied(graph, governor);
    }

    /** The graph node of a surface group's last token (the head of a name or of an English noun phrase). */
    private static IndexedWord lastToken(SemanticGraph graph, TokenSequenceMatcher m, String group) {
        List<? extends CoreMap> tokens = m.groupNodes(group);
        if (tokens == null || tokens.isEmpty()) return null;
        return graph.getNodeByIndexSafe(((CoreLabel) tokens.get(tokens.size() - 1)).index());
    }
}
