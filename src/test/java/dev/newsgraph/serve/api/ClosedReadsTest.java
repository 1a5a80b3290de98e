package dev.newsgraph.serve.api;

import dev.newsgraph.TestFiles;
import dev.newsgraph.serve.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads can be closed by configuration; a generated API key then opens them, and health stays open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClosedReadsTest {

    static Path dataDir;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        dataDir = Files.createTempDirectory("newsgraph-closed");
        r.add("newsgraph.data-dir", dataDir::toString);
        r.add("newsgraph.seeds", () -> TestFiles.tempDir("no-seeds"));
        r.add("newsgraph.neo4j.bolt-port", TestFiles::freePort);
        r.add("newsgraph.neo4j.page-cache", () -> "64m");
        r.add("newsgraph.rdf.sparql-port", () -> "0");
        r.add("newsgraph.api.reads-open", () -> "false");
    }

    @LocalServerPort
    int port;

    @Test
    void readsNeedCredentialsWhenClosedAndTheGeneratedKeyWorks() throws Exception {
        Http http = new Http(port);
        Http.Response anonymous = http.get("/api/entities?q=x");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/actuator/health").status()).isIn(200, 503);   // probes need no key

        Path keyFile = dataDir.resolve("api-key");
        assertThat(keyFile).exists();
        String key = Files.readString(keyFile).strip();
        assertThat(key).hasSizeGreaterThanOrEqualTo(24);
        assertThat(Files.getPosixFilePermissions(keyFile)).containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        Http.Response withKey = http.send(http.request("/api/entities?q=x").header("X-API-Key", key).GET());
        assertThat(withKey.status()).isEqualTo(200);
    }
}
