-- Version 4: which entities each article names, by key (the mentions themselves, with offsets, are in annotations):
-- what an event's or an entity's page lists without reading every article's JSON.
CREATE TABLE article_entities (
    article_id TEXT NOT NULL,
    key        TEXT NOT NULL,
    type       TEXT NOT NULL,
    name       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, key)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_key ON article_entities (key);
