package dev.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where test inputs live: the project's seeds/ and the team's ../shared folder (read, never copied). */
public final class TestFiles {
    private TestFiles() {
    }

    public static final Path SEED = Path.of("seeds/000_5d8a04cb743ecbf6.txt");

    public static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared-dir", "../shared"));
    }

    public static String seedText() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty temporary folder (for data dirs of app contexts under test). */
    public static String tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
