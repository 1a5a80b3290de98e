package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A long document cut into sections that are annotated one at a time: CoreNLP's coreference grows
 * faster than the text, so a 100,000-word file in one piece would take hours and gigabytes. Cuts
 * fall between paragraphs (else between sentences, else between words), so no sentence is split;
 * each section knows where it starts, so offsets map back onto the original text.
 */
public final class Sections {

    /** Longer than any ordinary article; coreference across sections is given up only beyond this. */
    public static final int DEFAULT_MAX_WORDS = 5_000;

    /** {@code text} is the original text from {@code start}. */
    public record Section(int start, String text) {
    }

    private Sections() {
    }

    public static List<Section> split(String text, int maxWords) {
        if (maxWords < 1) throw new IllegalArgumentException("maxWords must be positive");
        List<Section> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = endOfSection(text, start, maxWords);
            out.add(new Section(start, text.substring(start, end)));
            start = end;
        }
        return out;
    }

    /** Where a section from {@code start} ends: the last paragraph, sentence or word break within the limit. */
    private static int endOfSection(String text, int start, int maxWords) {
        int words = 0;
        int lastParagraph = -1;
        int lastSentence = -1;
        int lastWord = -1;
        boolean inWord = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words++;
                    lastWord = i;
                    char before = text.charAt(i - 1);
                    if (before == '.' || before == '!' || before == '?' || before == '"' || before == '”') lastSentence = i;
                }
                if (c == '\n') lastParagraph = i + 1;
                inWord = false;
                if (words >= maxWords) {
                    if (lastParagraph > start) return lastParagraph;
                    if (lastSentence > start) return lastSentence;
                    return lastWord;
                }
            } else {
                inWord = true;
            }
        }
        return text.length();
    }
}
