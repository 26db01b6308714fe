-- Results that do not depend on the order articles were stored in (issue 13).

-- Facts a store keeps about itself, by name. 'rebuilt' is the fingerprint of the article versions and
-- analyst corrections that `newsgraph rebuild` last rebuilt the cross-article results from
-- (org.newsgraph.store.rebuild.Rebuild), so that a second rebuild of the same store changes nothing.
CREATE TABLE store_marks (
    mark_name  VARCHAR(100) NOT NULL PRIMARY KEY,
    mark_value VARCHAR(1000) NOT NULL
);

-- A story's latest events by day (org.newsgraph.store.stories.StoryLinker.members): an order of the
-- events themselves rather than of their storing, so that linking does not depend on arrival order.
CREATE INDEX story_events_by_day ON story_events (story_id, event_day DESC NULLS LAST, article_id DESC, event_id DESC);
