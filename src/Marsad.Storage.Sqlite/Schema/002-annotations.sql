-- Version 2: what enrichment found in each article's text (dates now; entities and quotes as they land), as JSON.
ALTER TABLE articles ADD COLUMN annotations TEXT NOT NULL DEFAULT '{}';
