package dev.newsgraph.cli;

import dev.newsgraph.TestFiles;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} and {@code validate} as a user runs them, on a graph made with {@code ingest}. */
class RdfCommandsTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesAFileThatParsesAndValidateFindsNoViolations() {
        String[] common = {"--newsgraph.data-dir=" + dir.resolve("data"), "--newsgraph.neo4j.bolt-port=" + TestFiles.freePort(),
            "--newsgraph.neo4j.page-cache=64m"};
        assertThat(Cli.run(concat(new String[] {"ingest", TestFiles.SEED.toString()}, common))).isZero();
        Path out = dir.resolve("graph.trig");
        assertThat(Cli.run(concat(new String[] {"export", "--format", "trig", "--out", out.toString()}, common))).isZero();
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.TRIG).parse(ds);
        assertThat(ds.listGraphNodes()).toIterable().hasSize(1);
        assertThat(Files.exists(dir.resolve("data/tdb2"))).isTrue();
        assertThat(Cli.run(concat(new String[] {"validate"}, common))).isZero();
        assertThat(Cli.run(concat(new String[] {"export", "--format", "xml"}, common))).isEqualTo(2);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
