package dev.newsgraph.serve.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The API key that writes need. Configured ({@code newsgraph.api.key}) or, if not, generated once
 * into {@code <data-dir>/api-key} (owner-readable only) so that a fresh install is never open for writes.
 */
public final class ApiKeys {

    private final String key;
    private final Path file;

    private ApiKeys(String key, Path file) {
        this.key = key;
        this.file = file;
    }

    public static ApiKeys of(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) return new ApiKeys(configured, null);
        Path file = dataDir.resolve("api-key");
        try {
            if (Files.exists(file)) return new ApiKeys(Files.readString(file, StandardCharsets.UTF_8).strip(), file);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(dataDir);
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the default permissions
            }
            return new ApiKeys(generated, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API key file " + file, e);
        }
    }

    /** Constant-time comparison, so the key cannot be guessed byte by byte from response times. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    }

    /** Where a generated key was written, or null when it was configured. */
    public Path file() {
        return file;
    }
}
