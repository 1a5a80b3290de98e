package dev.newsgraph.model;

/**
 * An office a document names only by description ("accused the prime minister of ..."), whose country is clear but
 * whose holder the document itself does not say; the documents read with it may (resolve.OfficeHolders).
 *
 * @param position the office, a Position entity owned by its country
 * @param evidence the sentence that first names it
 */
public record OpenOffice(Entity position, Evidence evidence) {
}
