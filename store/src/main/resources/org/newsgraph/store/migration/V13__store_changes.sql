-- Reads that scale (issue 13): the store's change mark, a number that every write raising what a
-- question answers raises too (a new article version, an analyst's correction, a rebuild, a
-- backfill), so that a server may keep answers until the mark moves
-- (org.newsgraph.store.StoreChanges).
INSERT INTO store_marks (mark_name, mark_value) VALUES ('changes', '0');
