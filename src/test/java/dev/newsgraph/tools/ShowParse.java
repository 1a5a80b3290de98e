package dev.newsgraph.tools;

import dev.newsgraph.annotate.NlpPipeline;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * For rule writers: prints each sentence's tokens with their NER tags and its enhanced++ dependencies,
 * which is what Semgrex patterns match against.
 * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsgraph.tools.ShowParse -Dexec.args="'A sentence.'"}
 */
public final class ShowParse {
    public static void main(String[] args) {
        NlpPipeline nlp = NlpPipeline.load();
        for (String text : args) {
            CoreDocument doc = nlp.annotate(text);
            for (CoreSentence s : doc.sentences()) {
                StringBuilder b = new StringBuilder();
                for (CoreLabel t : s.tokens()) b.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
                System.out.println(b);
                System.out.println(s.dependencyParse().toList());
            }
        }
    }
}
