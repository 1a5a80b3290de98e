package dev.newsgraph.ingest;

import dev.newsgraph.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DocumentReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAnArticleWithAContentHashId() throws Exception {
        SourceDocument seed = DocumentReader.read(TestFiles.SEED);
        assertThat(seed.text()).isEqualTo(TestFiles.seedText());
        assertThat(seed.id()).hasSize(64).isEqualTo(DocumentReader.sha256(TestFiles.seedText()));
        assertThat(seed.name()).isEqualTo("000_5d8a04cb743ecbf6");
    }

    @Test
    void theSameTextIsTheSameDocumentWhateverItsFileName() throws Exception {
        Path copy = Files.copy(TestFiles.SEED, dir.resolve("other-name.txt"));
        assertThat(DocumentReader.read(copy).id()).isEqualTo(DocumentReader.read(TestFiles.SEED).id());
    }

    @Test
    void aHeadlineLineBecomesTheTitle() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Minister resigns over rice remarks\n\nThe minister said on Tuesday.");
        assertThat(DocumentReader.read(f).title()).isEqualTo("Minister resigns over rice remarks");
    }

    @Test
    void emptyFileIsRefusedByName() throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
        assertThatThrownBy(() -> DocumentReader.read(f)).isInstanceOf(BadInputException.class)
            .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void binaryFileIsRefusedByName() throws Exception {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> DocumentReader.read(f)).isInstanceOf(BadInputException.class)
            .hasMessageContaining("image.txt").hasMessageContaining("binary");
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8() throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DocumentReader.read(f)).isInstanceOf(BadInputException.class)
            .hasMessageContaining("latin1.txt").hasMessageContaining("UTF-8");
    }

    /** The BBC corpus has a real non-UTF-8 file (named in the issue). */
    @Test
    void theBbcCorpusNonUtf8FileIsRefused() {
        Path bbc = TestFiles.shared().resolve("corpus/bbc/sport/199.txt");
        assumeTrue(Files.exists(bbc), "needs ../shared/corpus");
        assertThatThrownBy(() -> DocumentReader.read(bbc)).isInstanceOf(BadInputException.class)
            .hasMessageContaining("199.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void missingPathIsRefusedByName() {
        assertThatThrownBy(() -> DocumentReader.read(dir.resolve("nope.txt"))).isInstanceOf(BadInputException.class)
            .hasMessageContaining("nope.txt").hasMessageContaining("no such file");
    }

    @Test
    void foldersExpandToTheirTextFilesInOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "B.");
        Files.writeString(dir.resolve("sub/a.txt"), "A.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        List<Path> files = DocumentReader.expand(List.of(dir, dir.resolve("missing.txt")));
        assertThat(files).containsExactly(dir.resolve("b.txt"), dir.resolve("sub/a.txt"), dir.resolve("missing.txt"));
    }
}
