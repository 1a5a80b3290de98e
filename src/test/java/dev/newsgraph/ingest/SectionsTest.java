package dev.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionsTest {

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** About 100,000 words in paragraphs of varying length, one of them a single 12,000-word paragraph. */
    private static String hundredThousandWords() {
        StringBuilder b = new StringBuilder();
        int paragraph = 0;
        while (words(b.toString()) < 100_000) {
            int sentences = paragraph == 7 ? 1_200 : 3 + paragraph % 9;
            for (int i = 0; i < sentences; i++) b.append("The committee of ministers met again on day ").append(i).append(" of the session. ");
            b.append('\n');
            paragraph++;
        }
        return b.toString();
    }

    @Test
    void aHundredThousandWordTextIsCutIntoBoundedSectionsThatCoverItExactly() {
        String text = hundredThousandWords();
        List<Sections.Section> sections = Sections.split(text, Sections.DEFAULT_MAX_WORDS);
        assertThat(sections.size()).isBetween(20, 30);
        StringBuilder joined = new StringBuilder();
        for (Sections.Section s : sections) {
            assertThat(s.start()).isEqualTo(joined.length());
            assertThat(text.substring(s.start(), s.start() + s.text().length())).isEqualTo(s.text());
            assertThat(words(s.text())).isLessThanOrEqualTo(Sections.DEFAULT_MAX_WORDS);
            joined.append(s.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
        // cuts fall after a full stop (a paragraph's or, inside the long paragraph, a sentence's)
        for (Sections.Section s : sections.subList(0, sections.size() - 1)) {
            assertThat(s.text().stripTrailing()).endsWith(".");
        }
    }

    @Test
    void aShortTextIsOneSectionAndWordsAreNeverSplit() {
        assertThat(Sections.split("Short text.", 50)).singleElement().isEqualTo(new Sections.Section(0, "Short text."));
        List<Sections.Section> noBreaks = Sections.split("alpha beta gamma delta epsilon", 2);
        assertThat(noBreaks).extracting(Sections.Section::text).containsExactly("alpha beta", " gamma delta", " epsilon");
        assertThat(Sections.split("", 10)).isEmpty();
        assertThatThrownBy(() -> Sections.split("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
