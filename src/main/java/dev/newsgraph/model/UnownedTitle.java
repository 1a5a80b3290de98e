package dev.newsgraph.model;

/**
 * A title a document writes on a person's name ("Prime Minister Tom Brown") without making clear whose office it is
 * (a story naming two countries that have prime ministers, or none); the documents read with it may say
 * (resolve.OfficeHolders). A title with no owner is not stored: "President" alone would join every president into one.
 *
 * @param holder   the person titled
 * @param title    the title as the document words it
 * @param evidence the sentence that titles them
 * @param rule     the rule that read the title
 */
public record UnownedTitle(Entity holder, String title, Evidence evidence, String rule) {
}
