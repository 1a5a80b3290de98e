package dev.newsgraph.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * One line of a surface rule file ({@code rules/<relation>.tokensregex}): a TokensRegex pattern over
 * the sentence's tokens, for wording the dependency parser gets wrong ("the Iran–US talks", where
 * NER and the parse both lose the hyphenated names). Groups {@code $subject}, {@code $object},
 * {@code $title} and {@code $trigger} name what the match means; each stands for its last token.
 */
public record TokensRegexRule(String id, String relation, double confidence, TokenSequencePattern pattern) implements Rule {
}
