package dev.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * A rule that fired on a sentence, with the tokens its named nodes matched (object or title may be null).
 * Tokens are still words here; the resolve stage turns them into entities.
 */
public record RuleMatch(Rule rule, int sentenceIndex, CoreSentence sentence,
                        IndexedWord subject, IndexedWord object, IndexedWord title, IndexedWord trigger) {
}
