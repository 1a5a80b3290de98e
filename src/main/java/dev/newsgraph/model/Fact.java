package dev.newsgraph.model;

/**
 * A relation between two entities, as one sentence states it.
 *
 * @param relation   an ontology property name (negotiatorOf, envoyOf, ...)
 * @param confidence in (0, 1]: how far the rule and its evidence are to be trusted
 * @param rule       which rule produced it, so an analyst can see why
 */
public record Fact(Entity subject, String relation, Entity object, double confidence, Evidence evidence, String rule) {
}
