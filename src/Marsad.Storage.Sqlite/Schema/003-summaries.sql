-- Version 3: each event's summary (headline, chosen sentences, agreed facts) and each storyline's agreed facts, as JSON.
ALTER TABLE events ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
ALTER TABLE storylines ADD COLUMN facts TEXT NOT NULL DEFAULT '[]';
