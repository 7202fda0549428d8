-- observables: each distinct (type, canonical value) once. The id is derived from a SHA-256 of
-- (type, other type, value) (see ObservableIds), so the primary key is the unique index on the value's hash
-- and a batch insert is "INSERT ... ON CONFLICT DO NOTHING" with no read-back.
CREATE TABLE observable (
  id                 UUID         NOT NULL PRIMARY KEY,
  obs_type           VARCHAR(24)  NOT NULL,
  other_type         VARCHAR(64),
  obs_value          VARCHAR      NOT NULL,
  display            VARCHAR      NOT NULL,
  host               VARCHAR(255),
  registered_domain  VARCHAR(255),
  record_count       INT          NOT NULL,
  correlate_override BOOLEAN      NOT NULL,
  first_seen         TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX observable_list_idx ON observable (first_seen, id);
CREATE INDEX observable_host_idx ON observable (host);
CREATE INDEX observable_registered_idx ON observable (registered_domain);

-- the prefix lengths of the stored CIDR blocks, so that "which stored blocks contain this address" is a
-- handful of primary-key lookups (one per length in use) instead of a range scan
CREATE TABLE observable_cidr_prefix (
  family        SMALLINT NOT NULL,
  prefix_length SMALLINT NOT NULL,
  PRIMARY KEY (family, prefix_length)
);

-- an observable tied to a record of another module (report, incident, later artifact and intel), with context
CREATE TABLE observable_link (
  id            UUID         NOT NULL PRIMARY KEY,
  observable_id UUID         NOT NULL REFERENCES observable (id),
  record_kind   VARCHAR(24)  NOT NULL,
  record_id     UUID         NOT NULL,
  record_key    VARCHAR(40)  NOT NULL,
  link_role     VARCHAR(16)  NOT NULL,
  first_seen    TIMESTAMP WITH TIME ZONE,
  last_seen     TIMESTAMP WITH TIME ZONE,
  tags          VARCHAR(1000),
  tlp           VARCHAR(16),
  link_comment  VARCHAR(2000),
  created_by    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT observable_link_uk UNIQUE (observable_id, record_kind, record_id)
);
CREATE INDEX observable_link_record_idx ON observable_link (record_kind, record_id);

-- a value seen somewhere: by a sensor or a person, how many times, optionally in a record
CREATE TABLE observable_sighting (
  id             UUID         NOT NULL PRIMARY KEY,
  observable_id  UUID         NOT NULL REFERENCES observable (id),
  seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  sighting_count INT          NOT NULL,
  source         VARCHAR(200) NOT NULL,
  record_kind    VARCHAR(24),
  record_id      UUID,
  record_key     VARCHAR(40),
  reported_by    VARCHAR(64)  NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX observable_sighting_idx ON observable_sighting (observable_id, seen_at);

-- warninglists added by administrators (the shipped MISP lists are read from the classpath)
CREATE TABLE observable_warninglist (
  name           VARCHAR(200)  NOT NULL PRIMARY KEY,
  description    VARCHAR(2000) NOT NULL,
  list_type      VARCHAR(16)   NOT NULL,
  matching_types VARCHAR(1000) NOT NULL,
  created_by     VARCHAR(64)   NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- entries added by administrators, to their own lists or to shipped ones
CREATE TABLE observable_warninglist_entry (
  list_name  VARCHAR(200) NOT NULL,
  entry      VARCHAR(1000) NOT NULL,
  created_by VARCHAR(64)  NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (list_name, entry)
);

-- candidates extracted from a record's text, waiting for an analyst to confirm, edit or drop them
CREATE TABLE observable_candidate (
  id          UUID        NOT NULL PRIMARY KEY,
  record_kind VARCHAR(24) NOT NULL,
  record_id   UUID        NOT NULL,
  record_key  VARCHAR(40) NOT NULL,
  obs_type    VARCHAR(24) NOT NULL,
  obs_value   VARCHAR     NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX observable_candidate_record_idx ON observable_candidate (record_kind, record_id, created_at);
