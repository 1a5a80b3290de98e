package dev.newsgraph.extract;

import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The relation rules, read from {@code rules/<relation>.semgrex} for each relation of the ontology. */
public final class RuleSet {

    private final List<SemgrexRule> rules;

    private RuleSet(List<SemgrexRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleSet load(Ontology ontology) {
        List<SemgrexRule> rules = new ArrayList<>();
        for (Relation relation : ontology.relations()) {
            String resource = "rules/" + relation.name() + ".semgrex";
            try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) rules.addAll(parse(resource, relation.name(), in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleSet(rules);
    }

    static List<SemgrexRule> parse(String source, String relation, InputStream in) throws IOException {
        List<SemgrexRule> rules = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            String[] parts = trimmed.split("\\s+", 2);
            String id = source + ":" + lineNo;
            try {
                double confidence = Double.parseDouble(parts[0]);
                if (parts.length < 2 || confidence <= 0 || confidence > 1) throw new NumberFormatException();
                SemgrexPattern pattern = SemgrexPattern.compile(parts[1]);
                rules.add(new SemgrexRule(id, relation, confidence, pattern));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(id + ": a rule is 'CONFIDENCE PATTERN' with 0 < CONFIDENCE <= 1: " + trimmed);
            } catch (SemgrexParseException e) {
                throw new IllegalArgumentException(id + ": bad Semgrex pattern: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    public List<SemgrexRule> rules() {
        return rules;
    }
}
