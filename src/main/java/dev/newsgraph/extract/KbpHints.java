package dev.newsgraph.extract;

import dev.newsgraph.ontology.Ontology;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's KBP relations as hints: those named in {@code rules/kbp.tsv} become matches of the
 * ontology relation they map to, with KBP's confidence scaled down by the file's factor. They go
 * through the same resolve step as rule matches (types must fit the ontology; a title becomes a
 * Position with its country); a hint marked {@code confirm} only raises the confidence of the same
 * fact found by a rule file.
 */
public final class KbpHints {

    /** One KBP relation's mapping; as a {@link Rule} it carries the confidence of one triple. */
    record KbpRule(String id, String relation, double confidence, boolean onlyConfirms) implements Rule {
    }

    private record Mapping(String relation, double factor, boolean onlyConfirms) {
    }

    /**
     * KBP's family relations that hold both ways ("A per:spouse B" says B is A's spouse too): a hint for one direction
     * confirms a rule's fact in either, whichever of the two the rule names the relative (see relativeOf.semgrex).
     */
    private static final Set<String> SYMMETRIC = Set.of("per:spouse", "per:siblings", "per:other_family");

    private final Map<String, Mapping> mappings;

    private KbpHints(Map<String, Mapping> mappings) {
        this.mappings = Map.copyOf(mappings);
    }

    /** No hints: the rule files alone. */
    public static KbpHints none() {
        return new KbpHints(Map.of());
    }

    public static KbpHints load(Ontology ontology) {
        String resource = "rules/kbp.tsv";
        try (InputStream in = KbpHints.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return new KbpHints(Map.of());
            Map<String, Mapping> out = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.strip().split("\t");
                try {
                    if (cols.length != 4) throw new IllegalArgumentException("four tab-separated columns expected");
                    double factor = Double.parseDouble(cols[2]);
                    if (factor <= 0 || factor > 1) throw new IllegalArgumentException("factor must be in (0, 1]");
                    if (!cols[3].equals("add") && !cols[3].equals("confirm")) throw new IllegalArgumentException("use is 'add' or 'confirm'");
                    out.put(cols[0], new Mapping(ontology.requireRelation(cols[1]).name(), factor, cols[3].equals("confirm")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(resource + ":" + lineNo + ": " + e.getMessage() + ": " + line, e);
                }
            }
            return new KbpHints(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<RuleMatch> matches(CoreDocument doc) {
        List<RuleMatch> out = new ArrayList<>();
        List<CoreSentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence sentence = sentences.get(i);
            SemanticGraph graph = sentence.dependencyParse();
            List<RelationTriple> triples = sentence.relations();
            if (graph == null || triples == null) continue;
            // a relation that holds both ways is one hint per pair, at the surer of KBP's readings of it, given in both
            // directions (so KBP reading it both ways does not count as two pieces of evidence)
            Map<String, RuleMatch> bothWays = new LinkedHashMap<>();
            for (RelationTriple t : triples) {
                Mapping m = mappings.get(t.relationGloss());
                if (m == null || t.subject.isEmpty() || t.object.isEmpty()) continue;
                IndexedWord subject = node(graph, t.subject, i);
                IndexedWord object = node(graph, t.object, i);
                if (subject == null || object == null) continue;
                Rule rule = new KbpRule("kbp:" + t.relationGloss(), m.relation(), Math.round(m.factor() * t.confidence * 100) / 100.0, m.onlyConfirms());
                RuleMatch match = new RuleMatch(rule, i, sentence, subject, object, null, null);
                if (!SYMMETRIC.contains(t.relationGloss())) {
                    out.add(match);
                    continue;
                }
                String pair = t.relationGloss() + " " + Math.min(subject.index(), object.index()) + " " + Math.max(subject.index(), object.index());
                bothWays.merge(pair, match, (a, b) -> a.rule().confidence() >= b.rule().confidence() ? a : b);
            }
            for (RuleMatch match : bothWays.values()) {
                out.add(match);
                out.add(new RuleMatch(match.rule(), i, sentence, match.object(), match.subject(), null, null));
            }
        }
        return out;
    }

    /** The last token of a span in this sentence (a name's head), or null for a span elsewhere. */
    private static IndexedWord node(SemanticGraph graph, List<CoreLabel> span, int sentenceIndex) {
        CoreLabel last = span.get(span.size() - 1);
        if (last.sentIndex() != sentenceIndex) return null;
        return graph.getNodeByIndexSafe(last.index());
    }
}
