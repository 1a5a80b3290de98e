package dev.newsgraph.extract;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Text news pipelines meet in the wild: invisible characters, smart quotes, no sentences at all. */
class OddInputTest {

    private static Extraction extract(String text) throws Exception {
        return ExtractionPipeline.shared().process(DocumentReader.fromBytes(text.getBytes(StandardCharsets.UTF_8), "odd", "test"));
    }

    @Test
    void invisibleCharactersAndSmartQuotesKeepOffsetsOnTheOriginalText() throws Exception {
        String text = "\u200f\u200bIn Kyiv, \u201cpeace\u201d was the word.\u200b The talks were attended by Richard Grenell,"
            + " Trump\u2019s special envoy.\u200e\n\u00a0Russia annexed Crimea in 2014.";
        Extraction x = extract(text);
        assertThat(x.facts()).extracting(f -> f.relation()).contains("envoyOf", "annexed");
        assertThat(x.facts()).allSatisfy(f ->
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence()));
    }

    @Test
    void textWithoutSentencesGivesNothingAndNoError() throws Exception {
        assertThat(extract("... !!! ???").facts()).isEmpty();
        assertThat(extract("\u2014 \u2014 \u2014").facts()).isEmpty();
        assertThat(extract("\uD83D\uDE00\uD83D\uDE00").entities()).isEmpty();
    }
}
