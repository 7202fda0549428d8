-- incidents: saved filters of the incident list, and system journal entries as message key + arguments

-- a user's named set of list filters (a list page query string); team_id null: private, else shared with that team
CREATE TABLE incident_saved_filter (
  id         UUID          NOT NULL PRIMARY KEY,
  owner_id   UUID          NOT NULL,
  owner      VARCHAR(64)   NOT NULL,
  team_id    UUID,
  name       VARCHAR(100)  NOT NULL,
  query      VARCHAR(2000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT        NOT NULL,
  CONSTRAINT incident_saved_filter_name_uk UNIQUE (owner_id, name)
);
CREATE INDEX incident_saved_filter_team_ix ON incident_saved_filter (team_id);

-- the list each user sees first (one of their own filters or one shared with a team of theirs)
CREATE TABLE incident_filter_default (
  user_id    UUID NOT NULL PRIMARY KEY,
  filter_id  UUID NOT NULL REFERENCES incident_saved_filter (id) ON DELETE CASCADE,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- entries written by the system keep a message key and its arguments (JSON) and are shown in the
-- reader's language; body keeps the English text for search and for readers of older rows, which
-- have no key and are shown as they were written
ALTER TABLE incident_journal ADD COLUMN message_key VARCHAR(120);
ALTER TABLE incident_journal ADD COLUMN message_args VARCHAR;
