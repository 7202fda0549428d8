-- media statements on an incident (framework 1.1.5): draft -> submitted -> approved -> released
CREATE TABLE incident_media_statement (
  id            UUID          NOT NULL PRIMARY KEY,
  incident_id   UUID          NOT NULL REFERENCES incident (id),
  incident_key  VARCHAR(20)   NOT NULL,
  title         VARCHAR(300)  NOT NULL,
  body          VARCHAR(100000) NOT NULL,
  language      VARCHAR(2)    NOT NULL,
  state         VARCHAR(16)   NOT NULL,
  author        VARCHAR(64)   NOT NULL,
  submitted_at  TIMESTAMP WITH TIME ZONE,
  approved_by   VARCHAR(64),
  approved_at   TIMESTAMP WITH TIME ZONE,
  released_by   VARCHAR(64),
  released_at   TIMESTAMP WITH TIME ZONE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by    VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT        NOT NULL
);
CREATE INDEX incident_media_statement_incident_idx ON incident_media_statement (incident_id, created_at);
