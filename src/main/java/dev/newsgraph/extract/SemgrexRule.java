package dev.newsgraph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One line of a rule file.
 *
 * @param id         file:line, so every fact can say which rule produced it
 * @param relation   the ontology relation the file is named after
 * @param confidence how often this pattern is right when it fires
 */
public record SemgrexRule(String id, String relation, double confidence, SemgrexPattern pattern) implements Rule {
}
