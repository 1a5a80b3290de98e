package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One name, one type within a document (run through the real pipeline). */
class NameConsistencyTest {

    private static List<String> tagsOf(CoreDocument doc, String word) {
        return doc.tokens().stream().filter(t -> t.word().equals(word)).map(CoreLabel::ner).toList();
    }

    private static List<String> mentionTypesOf(CoreDocument doc, String name) {
        return doc.entityMentions().stream().filter(m -> m.text().strip().equals(name)).map(CoreEntityMention::entityType).toList();
    }

    @Test
    void aPartyNerTaggedOnceIsAnOrganisationEverywhereInTheDocument() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "Whig leader Tom Brown spoke in Leeds. The plans were unveiled by the Whigs on Monday. The Conservatives have attacked the plan.");
        // "Whig" (and so "Whigs") is a body in "Whig leader"; NER calls "the Whigs" MISC on its own (a party the
        // gazetteer does not list, as it lists "Tories")
        assertThat(tagsOf(doc, "Whigs")).containsOnly("ORGANIZATION");
        assertThat(mentionTypesOf(doc, "Whigs")).containsExactly("ORGANIZATION");
        // nothing in the document makes "Conservatives" a body
        assertThat(tagsOf(doc, "Conservatives")).doesNotContain("ORGANIZATION");
    }

    @Test
    void aWordOnlyPartOfALongerNameTeachesNothing() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "The Whig Party said it would win. The plans were unveiled by the Whigs on Monday.");
        // "Whig" is an organisation only inside "Whig Party" (a party the gazetteer does not list, as it lists "Tories")
        assertThat(tagsOf(doc, "Whigs")).isNotEmpty().doesNotContain("ORGANIZATION");
    }

    @Test
    void aNameMoreOftenAFirmThanAPersonIsTheFirm() {
        CoreDocument doc = NlpPipeline.shared().annotate("Kraft said sales rose. Shares in Kraft fell. Kraft is to stop advertising "
            + "some products to children. \"We are working on it,\" said Ana Ruiz, Kraft senior vice president.");
        // NER calls the last one a person's name
        assertThat(tagsOf(doc, "Kraft")).hasSize(4).containsOnly("ORGANIZATION");
    }

    @Test
    void aNameAlsoInAPersonsFullNameKeepsItsPersonReadings() {
        CoreDocument doc = NlpPipeline.shared().annotate("Kraft said sales rose. Shares in Kraft fell. Kraft is to stop advertising "
            + "some products to children. James Kraft, the founder's grandson, said Kraft had done well.");
        assertThat(tagsOf(doc, "Kraft").get(4)).isEqualTo("PERSON");
    }

    @Test
    void aWordAfterMrIsASurnameWhereverTheDocumentWritesIt() {
        CoreDocument doc = NlpPipeline.shared().annotate("\"The issue had been an ongoing one,\" says Soto Bank's Simon Champion. "
            + "\"Carnival has a strong track record,\" Mr Champion said. Champion expects shares to rise.");
        // NER knows neither "Champion" nor "Simon" here
        assertThat(tagsOf(doc, "Champion")).hasSize(3).containsOnly("PERSON");
        assertThat(tagsOf(doc, "Simon")).containsExactly("PERSON");
        assertThat(mentionTypesOf(doc, "Simon Champion")).containsExactly("PERSON");
    }

    @Test
    void aSurnameThatIsAlsoAPlaceStaysThePlaceWhereNerSaysSo() {
        CoreDocument doc = NlpPipeline.shared().annotate("UKIP said it had suspended Mr Houston on Friday. The party's candidate had flown to Houston, Texas, last week.");
        assertThat(tagsOf(doc, "Houston")).containsExactly("PERSON", "CITY");
    }

    @Test
    void aPartyOpeningASentenceAsACommonNounIsThePartyNamedElsewhere() {
        CoreDocument doc = NlpPipeline.shared().annotate(
            "Labour leader Ana Ruiz spoke on Monday. Labour campaign spokesman Tom Brown said the poster had been misunderstood.");
        // the tagger calls the second "Labour" NN, and NER leaves it untagged
        assertThat(tagsOf(doc, "Labour")).containsExactly("ORGANIZATION", "ORGANIZATION");
    }

    @Test
    void aCommonNounOpeningASentenceStaysOneWhereTheDocumentNamesNoSuchBody() {
        CoreDocument doc = NlpPipeline.shared().annotate("Labour costs rose sharply at Vega Steel. Labour unions said the firm was wrong.");
        assertThat(tagsOf(doc, "Labour")).doesNotContain("ORGANIZATION");
    }
}
