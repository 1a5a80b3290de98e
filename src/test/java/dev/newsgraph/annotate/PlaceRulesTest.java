package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Places NER takes for bodies, corrected by nlp/places.rules (run through the real pipeline). */
class PlaceRulesTest {

    private static List<String> tagsOf(CoreDocument doc, String word) {
        return doc.tokens().stream().filter(t -> t.word().equals(word)).map(CoreLabel::ner).toList();
    }

    @Test
    void whatABodyIsBasedInIsAPlace() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "\"First rule of law,\" says Tom Brown, deputy managing director of Aberdeen-based oil and gas consultancy Soto Petroleum Services.");
        // NER alone tags "Aberdeen" an organisation here
        assertThat(tagsOf(doc, "Aberdeen")).containsExactly("LOCATION");
    }

    @Test
    void anAcronymBeforeBasedIsLeftAlone() {
        CoreDocument doc = NlpPipeline.shared().annotate("Shares in Vega Energy fell after EU-based rivals cut prices.");
        assertThat(tagsOf(doc, "EU")).containsExactly("ORGANIZATION");
    }

    @Test
    void anEnglishCountyAfterATownInItIsAPlace() {
        CoreDocument doc = NlpPipeline.shared().annotate("Ana Ruiz sailed across the lake in Bromsgrove, Worcestershire, on a school visit.");
        // NER alone tags the county an organisation (its cricket club)
        assertThat(tagsOf(doc, "Worcestershire")).containsExactly("STATE_OR_PROVINCE");
    }
}
