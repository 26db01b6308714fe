-- A story's latest events are read for every candidate story of every new event
-- (org.newsgraph.store.stories.StoryLinker.members): this index serves them newest first, so that the
-- read does not grow with the story.
CREATE INDEX story_events_latest ON story_events (story_id, version_id);
