-- Version 1: articles, their events and storylines.
-- Times are ISO 8601 text (sortable); days are DateOnly.DayNumber, for the window queries of the stream.

CREATE TABLE articles (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    text           TEXT NOT NULL,
    outlet         TEXT,
    url            TEXT,
    author         TEXT,
    dateline       TEXT,
    agency         TEXT,
    published      TEXT,
    published_from TEXT NOT NULL,
    fetched        TEXT,
    stream_time    TEXT NOT NULL,
    stream_day     INTEGER NOT NULL,
    event_id       TEXT NOT NULL,
    duplicate_of   TEXT,
    input_hash     TEXT NOT NULL,
    text_key       INTEGER NOT NULL,
    vector         BLOB NOT NULL,
    signature      BLOB NOT NULL,
    origin         TEXT,
    ingested_at    TEXT NOT NULL
);
CREATE INDEX articles_by_event ON articles (event_id, stream_time);
CREATE INDEX articles_by_day ON articles (stream_day);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    storyline_id   TEXT NOT NULL,
    first_time     TEXT NOT NULL,
    last_time      TEXT NOT NULL,
    first_day      INTEGER NOT NULL,
    last_day       INTEGER NOT NULL,
    article_count  INTEGER NOT NULL,
    title          TEXT NOT NULL,
    centroid       BLOB NOT NULL
);
CREATE INDEX events_by_storyline ON events (storyline_id, first_time);
CREATE INDEX events_by_last_day ON events (last_day);

CREATE TABLE storylines (
    id             TEXT PRIMARY KEY,
    first_time     TEXT NOT NULL,
    last_time      TEXT NOT NULL,
    last_day       INTEGER NOT NULL,
    event_count    INTEGER NOT NULL,
    article_count  INTEGER NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    profile        BLOB NOT NULL
);
CREATE INDEX storylines_by_last_time ON storylines (last_time);
CREATE INDEX storylines_by_last_day ON storylines (last_day);
