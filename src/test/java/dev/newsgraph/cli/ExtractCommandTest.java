package dev.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.TestFiles;
import dev.newsgraph.resolve.OfficeHolders;
import dev.newsgraph.resolve.OfficeHoldersTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), ExtractionPipeline::shared);
    }

    @Test
    void printsTheEvalJsonLinesAndReportsBadFilesByNameWhileTheRestGoOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.copy(TestFiles.SEED, folder.resolve("seed.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        Files.write(folder.resolve("latin1.txt"), "Fran\u00e7ois Hollande".getBytes(StandardCharsets.ISO_8859_1));

        int exit = run("--format", "jsonl", folder.toString(), dir.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("empty.txt").contains("binary.txt").contains("latin1.txt").contains("missing.txt")
            .contains("extracted 1 documents").contains("4 failed");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) lines.add(new ObjectMapper().readTree(line));
        assertThat(lines).allSatisfy(l -> assertThat(l.path("doc").asText()).isEqualTo("seed"));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("type").asText()).isEqualTo("entity");
            assertThat(l.path("name").asText()).isEqualTo("Rustem Umerov");
            assertThat(l.path("label").asText()).isEqualTo("Person");
            assertThat(l.path("aliases").toString()).contains("Umerov");
        });
        String seedText = TestFiles.seedText();
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("type").asText()).isEqualTo("fact");
            assertThat(l.at("/subject/name").asText()).isEqualTo("Steve Witkoff");
            assertThat(l.path("relation").asText()).isEqualTo("envoyOf");
            assertThat(l.at("/object/name").asText()).isEqualTo("Donald Trump");
            assertThat(l.at("/object/label").asText()).isEqualTo("Person");
            assertThat(l.path("confidence").asDouble()).isBetween(0.5, 1.0);
            int start = l.at("/evidence/start").asInt();
            int end = l.at("/evidence/end").asInt();
            assertThat(seedText.substring(start, end)).isEqualTo(l.at("/evidence/sentence").asText());
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("relation").asText()).isEqualTo("holdsPosition");
            assertThat(l.at("/object/label").asText()).isEqualTo("Position");
            assertThat(l.at("/object/of").asText()).isEqualTo("United States");
        });
    }

    /** The files are read together: the office one names only in passing is filled from the others. */
    @Test
    void theFilesAreReadTogether() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("together"));
        Files.writeString(folder.resolve("a.txt"), OfficeHoldersTest.TITLED_A);
        Files.writeString(folder.resolve("b.txt"), OfficeHoldersTest.TITLED_B);
        Files.writeString(folder.resolve("c.txt"), OfficeHoldersTest.IN_PASSING);

        assertThat(run("--format", "jsonl", folder.toString())).isZero();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) lines.add(new ObjectMapper().readTree(line));
        assertThat(lines).filteredOn(l -> l.path("rule").asText().startsWith(OfficeHolders.RULE)).singleElement().satisfies(l -> {
            assertThat(l.path("doc").asText()).isEqualTo("c");
            assertThat(l.at("/subject/name").asText()).isEqualTo("Tomas Brandt");
            assertThat(l.at("/object/name").asText()).isEqualTo("Prime Minister");
            assertThat(l.at("/evidence/sentence").asText()).contains("accused the prime minister");
        });
        // its office is among the document's entities, as every fact's object is
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("doc").asText()).isEqualTo("c");
            assertThat(l.path("type").asText()).isEqualTo("entity");
            assertThat(l.path("name").asText()).isEqualTo("Prime Minister");
        });
    }

    @Test
    void anUnknownFormatOrNoPathIsAUsageError() {
        assertThat(run("--format", "xml", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'xml'").contains("jsonl");
        assertThat(run("--format", "jsonl", "--threads", "zero", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threads");
        assertThat(run("--format", "jsonl")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least one file");
    }
}
