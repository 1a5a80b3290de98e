package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser reads "Peru's army chief Carlos Vega visited Quito" with the title as the subject and
 * the name as a bare dep of it; after annotation the name is the subject, as in "President X visited".
 */
class TitleHeadsTest {

    @Test
    void theNameNotItsTitleHeadsThePhrase() {
        // Tokens: Peru(1) 's(2) army(3) chief(4) Carlos(5) Vega(6) visited(7) Quito(8) ...
        CoreDocument doc = NlpPipeline.shared().annotate("Peru's army chief Carlos Vega visited Quito last week.");
        SemanticGraph g = doc.sentences().get(0).dependencyParse();
        IndexedWord chief = g.getNodeByIndex(4);
        IndexedWord vega = g.getNodeByIndex(6);
        IndexedWord visited = g.getNodeByIndex(7);

        assertThat(g.reln(visited, vega).toString()).isEqualTo("nsubj");
        assertThat(g.reln(visited, chief)).isNull();
        assertThat(g.reln(vega, chief).toString()).isEqualTo("compound");
        assertThat(g.getParent(chief)).isEqualTo(vega);
        // what stood before the name stays on the title: the country is the title's, not the person's
        assertThat(g.reln(chief, g.getNodeByIndex(1)).toString()).isEqualTo("nmod:poss");
        assertThat(g.reln(chief, g.getNodeByIndex(3)).toString()).isEqualTo("compound");
    }

    @Test
    void aTitleAlreadyOnItsNameIsLeftAsItIs() {
        String sentence = "President Carlos Vega visited Quito last week.";
        SemanticGraph g = NlpPipeline.shared().annotate(sentence).sentences().get(0).dependencyParse();
        // Tokens: President(1) Carlos(2) Vega(3) visited(4)
        assertThat(g.reln(g.getNodeByIndex(3), g.getNodeByIndex(1)).toString()).isEqualTo("compound");
        assertThat(g.reln(g.getNodeByIndex(4), g.getNodeByIndex(3)).toString()).isEqualTo("nsubj");
    }
}
