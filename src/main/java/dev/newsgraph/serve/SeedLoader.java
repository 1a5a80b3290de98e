package dev.newsgraph.serve;

import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed articles: the {@code seeds/} folder if it exists here, else the copy inside the jar. */
final class SeedLoader {

    private SeedLoader() {
    }

    static List<SourceDocument> load(Path folder) throws BadInputException {
        List<SourceDocument> docs = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            for (Path file : DocumentReader.expand(List.of(folder))) docs.add(DocumentReader.read(file));
            return docs;
        }
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt")) {
                String name = r.getFilename() == null ? "seed" : r.getFilename().replaceFirst("\\.txt$", "");
                docs.add(DocumentReader.fromBytes(r.getContentAsByteArray(), name, "jar:seeds/" + r.getFilename()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
