package dev.newsgraph.annotate;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.cli.JsonLines;
import dev.newsgraph.ingest.DocumentReader;

import java.nio.file.Path;

/** Scratch: prints the JSON Lines of the given files. */
public class DumpParses {
    public static void main(String[] args) throws Exception {
        ExtractionPipeline p = ExtractionPipeline.load();
        for (String a : args) {
            JsonLines.of(p.process(DocumentReader.read(Path.of(a)))).forEach(System.out::println);
        }
    }
}
