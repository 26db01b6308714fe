-- Facts a store keeps about itself, by name. 'rebuilt' is the fingerprint of the article versions
-- and analyst corrections that `newsgraph rebuild` last rebuilt the cross-article results from
-- (org.newsgraph.store.rebuild.Rebuild), so that a second rebuild of the same store changes nothing.
CREATE TABLE store_marks (
    mark_name  VARCHAR(100) NOT NULL PRIMARY KEY,
    mark_value VARCHAR(1000) NOT NULL
);
