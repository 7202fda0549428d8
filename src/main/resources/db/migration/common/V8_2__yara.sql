-- YARA rule sets: source text kept as entered, compiled by the yara command before it is saved
CREATE TABLE yara_rule_set (
  id              UUID          NOT NULL PRIMARY KEY,
  rule_set_key    VARCHAR(20)   NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  description     VARCHAR(4000),
  source          VARCHAR       NOT NULL,
  rule_names      VARCHAR(8000) NOT NULL,
  tags            VARCHAR(1000) NOT NULL,
  tlp             VARCHAR(16)   NOT NULL,
  enabled         BOOLEAN       NOT NULL,
  created_by      VARCHAR(64)   NOT NULL,
  created_by_id   UUID,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT        NOT NULL,
  CONSTRAINT yara_rule_set_key_uk UNIQUE (rule_set_key)
);
CREATE INDEX yara_rule_set_enabled_idx ON yara_rule_set (enabled);

-- one row per (artifact, rule set, rule) that matched; the matched strings as JSON
CREATE TABLE yara_match (
  id              UUID          NOT NULL PRIMARY KEY,
  artifact_id     UUID          NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
  rule_set_id     UUID          NOT NULL REFERENCES yara_rule_set (id) ON DELETE CASCADE,
  rule_set_version BIGINT       NOT NULL,
  rule_name       VARCHAR(256)  NOT NULL,
  rule_tags       VARCHAR(1000) NOT NULL,
  strings_json    VARCHAR       NOT NULL,
  string_count    INT           NOT NULL,
  matched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT yara_match_uk UNIQUE (artifact_id, rule_set_id, rule_name)
);
CREATE INDEX yara_match_rule_set_idx ON yara_match (rule_set_id, matched_at);

-- retro-hunts: one rule set (or all enabled ones) over every stored artifact, with progress
CREATE TABLE yara_hunt (
  id              UUID          NOT NULL PRIMARY KEY,
  hunt_key        VARCHAR(20)   NOT NULL,
  rule_set_id     UUID          REFERENCES yara_rule_set (id) ON DELETE CASCADE,
  status          VARCHAR(16)   NOT NULL,
  total           INT           NOT NULL,
  done            INT           NOT NULL,
  matches         INT           NOT NULL,
  errors          INT           NOT NULL,
  last_error      VARCHAR(2000),
  cursor_at       TIMESTAMP WITH TIME ZONE,
  cursor_id       UUID,
  cancel_requested BOOLEAN      NOT NULL,
  started_by      VARCHAR(64)   NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT yara_hunt_key_uk UNIQUE (hunt_key)
);
CREATE INDEX yara_hunt_created_idx ON yara_hunt (created_at);
