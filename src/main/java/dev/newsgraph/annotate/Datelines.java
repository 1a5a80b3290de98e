package dev.newsgraph.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news dateline ("Tehran, Iran – Delegates met ...", "CAIRO (Reuters) - ...") parsed as part of
 * the first sentence makes the city its subject. Turning the dash after it into a line break makes
 * it a sentence of its own; the text keeps its length, so every offset still points into the
 * original.
 */
final class Datelines {

    // Start of a paragraph, up to six words with a comma or a (source), or in capitals, then a dash.
    private static final Pattern DATELINE = Pattern.compile(
        "(?m)^(?:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}| \\([^)\\n]{1,30}\\))"
            + "|\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2}) ([–—-]{1,2}) "
            // or a city in capitals and a colon: "TOKYO: Japan's farm minister ..."
            + "|^\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2}(:) ");

    private Datelines() {
    }

    static String mask(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            int group = m.start(1) >= 0 ? 1 : 2;
            for (int i = m.start(group); i < m.end(group); i++) out.setCharAt(i, '\n');
        } while (m.find());
        return out.toString();
    }
}
