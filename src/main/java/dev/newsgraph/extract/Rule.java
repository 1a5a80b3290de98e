package dev.newsgraph.extract;

/** What produced a fact: a line of a rule file, or a CoreNLP KBP relation mapped onto the ontology. */
public interface Rule {
    /** Where the rule is written ("rules/envoyOf.semgrex:4", "rules/kbp.tsv:per:title"). */
    String id();

    /** The ontology relation it gives. */
    String relation();

    /** How often it is right when it fires (before the certainty of its arguments). */
    double confidence();

    /** A hint that only raises the confidence of the same fact found by a rule file, never adds one. */
    default boolean onlyConfirms() {
        return false;
    }
}
