// Newsgraph schema, applied at every start (every statement is idempotent: IF NOT EXISTS).
// Entities carry the label :Entity plus one label per ontology type (:Person, :Country, ...).

// One node per canonical key: MERGE on it is safe under concurrent writers.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;

// The public id (a slug of the key) used in URLs and IRIs.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// One node per document text (id = SHA-256 of the text).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// Evidence of a fact: looked up by the fact's key and by document (for deletes).
CREATE INDEX evidence_fact IF NOT EXISTS FOR (v:Evidence) ON (v.factKey);
CREATE INDEX evidence_document IF NOT EXISTS FOR (v:Evidence) ON (v.documentId);

// Exact lookups by name, and by type.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);

// Search over names and aliases (REST /api/entities?q=, Browser users).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
