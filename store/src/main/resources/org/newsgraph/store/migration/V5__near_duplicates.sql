-- Near-duplicate articles (wire copies, light rewrites), found at store time by MinHash over word
-- shingles and LSH banding: a new version is compared only with the versions that share a band.

-- The MinHash signature of a version's text: 128 values, 16 hex digits each.
CREATE TABLE article_signatures (
    version_id BIGINT NOT NULL PRIMARY KEY REFERENCES article_versions (version_id),
    signature  VARCHAR(2048) NOT NULL
);

-- One row per band of a signature; the index finds the versions that share a band.
CREATE TABLE article_bands (
    band_no    INTEGER NOT NULL,
    band_hash  BIGINT NOT NULL,
    version_id BIGINT NOT NULL REFERENCES article_versions (version_id),
    PRIMARY KEY (band_no, band_hash, version_id)
);

-- The article this version is a near-duplicate of: the earliest stored one with a similar text.
ALTER TABLE article_versions ADD COLUMN copy_of VARCHAR(1000);
