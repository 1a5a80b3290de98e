package dev.newsgraph.ingest;

import java.time.Instant;

/**
 * An article as read, before any NLP.
 *
 * @param id          SHA-256 of the text: the same text is the same document, wherever it came from
 * @param name        a short name (the file name without extension) used in output and messages
 * @param title       the first line when it reads as a headline, else the name
 * @param url         where it came from, if known
 * @param publishedAt publication time, if known
 * @param text        the full text; all offsets point into it
 */
public record SourceDocument(String id, String name, String title, String url, Instant publishedAt, String text) {
}
