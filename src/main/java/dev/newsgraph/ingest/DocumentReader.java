package dev.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Turns paths (files or folders of .txt) into documents, refusing what is not a readable article. */
public final class DocumentReader {

    /** Expands folders into their .txt files (sorted, recursively); a missing path stays, to be reported. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                        .sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(p);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public static SourceDocument read(Path file) throws BadInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return fromBytes(bytes, name, file.toString());
    }

    /** Decodes and checks one article; {@code source} names it in error messages. */
    public static SourceDocument fromBytes(byte[] bytes, String name, String source) throws BadInputException {
        for (byte b : bytes) {
            if (b == 0) throw new BadInputException(source + ": binary file (contains NUL bytes), not a text article");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(source + ": not valid UTF-8 (" + e.getMessage() + "); convert it to UTF-8 first");
        }
        if (text.isBlank()) throw new BadInputException(source + ": empty (no text to extract from)");
        return new SourceDocument(sha256(text), name, titleOf(text, name), null, null, text);
    }

    /** A first line of at most 20 words without a final full stop reads as a headline. */
    static String titleOf(String text, String fallback) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        boolean headline = !first.isEmpty() && first.split("\\s+").length <= 20 && !first.endsWith(".");
        return headline ? first : fallback;
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
