-- Version 5: full-text search over articles, kept in step with them by SqliteSearchIndex in the writer's transaction.
-- The index holds match keys (folded, stemmed) and loose keys (consonant skeletons of long stems), never display
-- text: it is contentless, and snippets are cut from articles.text. Its rowids are search_documents.doc rather than
-- the articles' own rowids, which VACUUM may renumber (articles has a TEXT primary key).
CREATE TABLE search_documents (
    doc        INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, loose,
    content = '', contentless_delete = 1,
    -- Keys are already folded words split by single spaces: the ascii tokenizer splits them as they are (every
    -- non-ASCII character is a token character), a fifth faster to write than unicode61.
    tokenize = 'ascii'
);

-- The search filters: a covering index, so that filtering thousands of matches never reads the rows (whole texts);
-- and the newest-first listing of filters without words.
CREATE INDEX articles_search_filter ON articles (id, outlet, stream_day);
CREATE INDEX articles_by_outlet ON articles (outlet, stream_time);
CREATE INDEX articles_by_stream_time ON articles (stream_time);

-- Hosts count copies for every listing of storylines (IStoryReader.Statistics: the web home page, /api/storylines):
-- a partial index answers that without reading whole articles (55 ms on SaudiNewsNet without it).
CREATE INDEX articles_copies ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
