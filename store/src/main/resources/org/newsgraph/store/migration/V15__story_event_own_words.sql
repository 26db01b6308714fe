-- The content words of a story event's trigger and named actors (org.newsgraph.store.stories.EventFeatures.own):
-- two events whose sentences and leads share almost nothing beyond them are apart in content. Events
-- stored before have none; rebuild takes them from each document's words.
ALTER TABLE story_events ADD COLUMN own_words VARCHAR NOT NULL DEFAULT '';
