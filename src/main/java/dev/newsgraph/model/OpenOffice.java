package dev.newsgraph.model;

/**
 * An office a document names only by description ("accused the prime minister of ..."), whose holder the document
 * itself does not say; the documents read with it may (resolve.OfficeHolders).
 *
 * @param position the office, a Position entity owned by its country, or by none when the document does not say whose
 *                 office it is (the documents read with it say so through its holder)
 * @param evidence the sentence that first names it
 */
public record OpenOffice(Entity position, Evidence evidence) {
}
