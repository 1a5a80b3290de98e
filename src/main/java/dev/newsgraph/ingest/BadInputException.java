package dev.newsgraph.ingest;

/** An input that cannot be read as an article; the message names the file and says why. */
public class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
