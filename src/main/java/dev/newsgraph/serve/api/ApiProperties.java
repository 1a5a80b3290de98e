package dev.newsgraph.serve.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * {@code newsgraph.api.*}: who may write, whether reads are open, CORS, the size cap.
 *
 * @param key       API key for writes (header X-API-Key); empty = one is generated into {@code <data-dir>/api-key}
 * @param user      basic-auth user for writes (with password); empty = basic auth off
 * @param readsOpen reads need no credentials (default true)
 * @param corsOrigins origins allowed to call the API from a browser (default none)
 * @param maxDocumentSize the largest article body accepted (default 1MB; larger answers 413)
 */
@ConfigurationProperties("newsgraph.api")
public record ApiProperties(String key, String user, String password, Boolean readsOpen, List<String> corsOrigins,
                            DataSize maxDocumentSize) {
    public ApiProperties {
        if (readsOpen == null) readsOpen = true;
        if (corsOrigins == null) corsOrigins = List.of();
        if (maxDocumentSize == null) maxDocumentSize = DataSize.ofMegabytes(1);
    }
}
