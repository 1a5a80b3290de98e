package dev.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * A rule that fired on a sentence, with the tokens its named nodes matched (object or title may be null).
 * Tokens are still words here; the resolve stage turns them into entities. {@code office} is set instead of
 * an object where the rule names none ("X resigned"): the object is then the office the document gives the
 * subject (see rules/README.md).
 */
public record RuleMatch(Rule rule, int sentenceIndex, CoreSentence sentence,
                        IndexedWord subject, IndexedWord object, IndexedWord title, IndexedWord trigger, IndexedWord office) {

    public RuleMatch(Rule rule, int sentenceIndex, CoreSentence sentence,
                     IndexedWord subject, IndexedWord object, IndexedWord title, IndexedWord trigger) {
        this(rule, sentenceIndex, sentence, subject, object, title, trigger, null);
    }
}
