package dev.newsgraph.extract;

import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
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

/**
 * The relation rules of each relation of the ontology: dependency rules from
 * {@code rules/<relation>.semgrex} and surface rules from {@code rules/<relation>.tokensregex}.
 */
public final class RuleSet {

    private final List<SemgrexRule> rules;
    private final List<TokensRegexRule> surfaceRules;

    private RuleSet(List<SemgrexRule> rules, List<TokensRegexRule> surfaceRules) {
        this.rules = List.copyOf(rules);
        this.surfaceRules = List.copyOf(surfaceRules);
    }

    public static RuleSet load(Ontology ontology) {
        List<SemgrexRule> rules = new ArrayList<>();
        List<TokensRegexRule> surfaceRules = new ArrayList<>();
        for (Relation relation : ontology.relations()) {
            String base = "rules/" + relation.name();
            rules.addAll(read(base + ".semgrex", relation.name(), RuleSet::parse));
            surfaceRules.addAll(read(base + ".tokensregex", relation.name(), RuleSet::parseSurface));
        }
        return new RuleSet(rules, surfaceRules);
    }

    private interface Parser<R> {
        List<R> parse(String source, String relation, InputStream in) throws IOException;
    }

    /** The rules of one file on the classpath; none if the relation has no such file. */
    private static <R> List<R> read(String resource, String relation, Parser<R> parser) {
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? List.of() : parser.parse(resource, relation, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SemgrexRule> parse(String source, String relation, InputStream in) throws IOException {
        List<SemgrexRule> rules = new ArrayList<>();
        for (Line line : lines(source, in)) {
            try {
                rules.add(new SemgrexRule(line.id(), relation, line.confidence(), SemgrexPattern.compile(line.pattern())));
            } catch (SemgrexParseException e) {
                throw new IllegalArgumentException(line.id() + ": bad Semgrex pattern: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    static List<TokensRegexRule> parseSurface(String source, String relation, InputStream in) throws IOException {
        List<TokensRegexRule> rules = new ArrayList<>();
        for (Line line : lines(source, in)) {
            TokenSequencePattern pattern;
            try {
                pattern = TokenSequencePattern.compile(line.pattern());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(line.id() + ": bad TokensRegex pattern: " + e.getMessage(), e);
            }
            if (!line.pattern().contains("(?$subject") || !(line.pattern().contains("(?$object") || line.pattern().contains("(?$title"))) {
                throw new IllegalArgumentException(line.id() + ": a surface rule must name (?$subject ...) and (?$object ...) or (?$title ...)");
            }
            rules.add(new TokensRegexRule(line.id(), relation, line.confidence(), pattern));
        }
        return rules;
    }

    /** A rule line: {@code CONFIDENCE PATTERN}, with its file:line. */
    private record Line(String id, double confidence, String pattern) {
    }

    private static List<Line> lines(String source, InputStream in) throws IOException {
        List<Line> out = new ArrayList<>();
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
                out.add(new Line(id, confidence, parts[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(id + ": a rule is 'CONFIDENCE PATTERN' with 0 < CONFIDENCE <= 1: " + trimmed);
            }
        }
        return out;
    }

    /** The dependency (Semgrex) rules. */
    public List<SemgrexRule> rules() {
        return rules;
    }

    /** The surface (TokensRegex) rules. */
    public List<TokensRegexRule> surfaceRules() {
        return surfaceRules;
    }
}
