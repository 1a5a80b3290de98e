package dev.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a first name is a man's, from the name list CoreNLP's models ship for coreference
 * (namegender.combine.txt: a name and MALE, FEMALE or NEUTRAL per line). "Mrs Howard" is not Michael Howard.
 */
final class FirstNames {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Map<String, String> genders;

    private FirstNames() {
    }

    /** True only for a name the list gives as a man's; an unknown name is not known to be one. */
    static boolean isMale(String firstName) {
        return "MALE".equals(genders().get(firstName.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> genders() {
        Map<String, String> g = genders;
        if (g != null) return g;
        synchronized (FirstNames.class) {
            if (genders == null) genders = load();
            return genders;
        }
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException(LIST + " is not on the classpath (CoreNLP's models jar)");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (cols.length == 2) out.put(cols[0].toLowerCase(Locale.ROOT), cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
