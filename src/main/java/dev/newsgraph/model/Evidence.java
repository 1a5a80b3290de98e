package dev.newsgraph.model;

/** The sentence that states a fact, with its character offsets [start, end) in the original text. */
public record Evidence(String sentence, int start, int end) {
    public Evidence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
    }

    /** The same sentence in a text where it starts {@code offset} characters later. */
    public Evidence shifted(int offset) {
        return new Evidence(sentence, start + offset, end + offset);
    }
}
