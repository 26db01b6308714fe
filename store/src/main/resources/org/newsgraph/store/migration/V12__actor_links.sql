-- Actors by Wikipedia link (issue 16). An entity the linker linked keeps its page title here, so that
-- linking again (rebuild, entities stored before actors existed) needs no document.
ALTER TABLE entities ADD COLUMN link_title VARCHAR(1000);

-- The actor's Wikipedia page title (underscores for spaces), the first link it was given; null if none.
ALTER TABLE actors ADD COLUMN link VARCHAR(1000);

-- Which actor a Wikipedia page is: entities linked to one title are one actor whatever their spelling,
-- and an actor takes no second title automatically, so entities with different links are never one
-- actor. An analyst's merge moves the titles of one actor to another and pins them (kept by a rebuild).
CREATE TABLE actor_links (
    link_title VARCHAR(1000) NOT NULL PRIMARY KEY,
    actor_id   BIGINT NOT NULL REFERENCES actors (actor_id),
    pinned     BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX actor_links_actor ON actor_links (actor_id);
