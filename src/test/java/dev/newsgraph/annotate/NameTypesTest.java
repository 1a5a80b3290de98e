package dev.newsgraph.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the text treats a name overrules NER's person/organisation call (run through the real pipeline). */
class NameTypesTest {

    private static List<String> typesOf(CoreDocument doc, String name) {
        return doc.entityMentions().stream().filter(m -> m.text().strip().equals(name)).map(CoreEntityMention::entityType).toList();
    }

    @Test
    void aFirmNamedAfterAPersonIsTakenUpWithWhich() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "Mary Quant is parting company with its chief executive. Mary Quant, which floated on the stock exchange in 1995, "
                + "said sales fell.");
        assertThat(typesOf(doc, "Mary Quant")).isNotEmpty().containsOnly("ORGANIZATION");
        assertThat(doc.sentences().get(0).tokens().get(0).ner()).isEqualTo("ORGANIZATION");
    }

    @Test
    void aPersonTakenUpWithWhoStaysAPerson() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "Mary Quant, who founded the firm, said sales fell. The report, which Mary Quant wrote, was late.");
        assertThat(typesOf(doc, "Mary Quant")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void aNameAddressedAsMsIsAPerson() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "Soto Airways is parting company with its chief executive Ainum Vega-Saaid. "
                + "The airline said Ms Vega-Saaid had resigned for personal reasons.");
        assertThat(typesOf(doc, "Ainum Vega-Saaid")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void aKnightsRankAndNamesAreAPerson() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "Soto MP to stand down. But the vote prompted constituency association president Sir Stanley Lynch to resign in protest.");
        assertThat(typesOf(doc, "Sir Stanley Lynch")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void whereAPostIsHeldIsAFirmNotAPerson() {
        CoreDocument doc = NlpPipeline.shared().annotate("\"The UK is looking strong,\" said Carlos Vega, partner at Soto Ruiz Brown.");
        assertThat(typesOf(doc, "Soto Ruiz Brown")).isNotEmpty().containsOnly("ORGANIZATION");
        assertThat(typesOf(doc, "Carlos Vega")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void aPersonWithAPostAtAFirmKeepsTheFirmsWhich() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "\"The sectors are all picking up,\" said Ana Ruiz, an analyst at fund manager Vega Asset Advisors, which has shares in GE.");
        assertThat(typesOf(doc, "Ana Ruiz")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void theNameASeniorTradeIsQualifiedByIsAFirm() {
        // NER reads the one as a town, the other as a person
        CoreDocument town = NlpPipeline.shared().annotate("Pablo Soto, Portsmouth chief economist, said there was no need to revise the forecast.");
        assertThat(typesOf(town, "Portsmouth")).isNotEmpty().containsOnly("ORGANIZATION");
        CoreDocument person = NlpPipeline.shared().annotate("Brandle's chief economic advisor Tom Brown said the market would slow.");
        assertThat(typesOf(person, "Brandle")).isNotEmpty().containsOnly("ORGANIZATION");
        assertThat(typesOf(person, "Tom Brown")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void aPersonsAdviserLeavesThePersonAPerson() {
        CoreDocument titled = NlpPipeline.shared().annotate("President Vega's chief economic adviser Tom Brown said the deficit would fall.");
        assertThat(typesOf(titled, "Vega")).isNotEmpty().containsOnly("PERSON");
        CoreDocument named = NlpPipeline.shared().annotate(
            "Carlos Vega arrived on Monday. Vega's chief economic adviser Tom Brown said the deficit would fall.");
        assertThat(typesOf(named, "Vega")).isNotEmpty().containsOnly("PERSON");
    }

    @Test
    void aTownBeforeAPlainTradeStaysATown() {
        CoreDocument doc = NlpPipeline.shared().annotate("Pablo Soto, a Portsmouth economist, said there was no need to revise the forecast.");
        assertThat(typesOf(doc, "Portsmouth")).isNotEmpty().containsOnly("CITY");
    }
}
