-- incidents: the incident record, its participants (who may read it at TLP:RED) and the reports it came from
CREATE TABLE incident (
  id                     UUID          NOT NULL PRIMARY KEY,
  incident_key           VARCHAR(20)   NOT NULL,
  title                  VARCHAR(300)  NOT NULL,
  description            VARCHAR,
  class_key              VARCHAR(64)   NOT NULL,
  type_key               VARCHAR(64)   NOT NULL,
  impact                 VARCHAR(16)   NOT NULL,
  urgency                VARCHAR(16)   NOT NULL,
  priority               VARCHAR(4)    NOT NULL,
  tlp                    VARCHAR(16)   NOT NULL,
  pap                    VARCHAR(16)   NOT NULL,
  constituency           VARCHAR(200),
  affected_organisation  VARCHAR(200),
  assignee_id            UUID,
  assignee               VARCHAR(64),
  team_id                UUID,
  status                 VARCHAR(16)   NOT NULL,
  resolution             VARCHAR(24),
  parent_key             VARCHAR(20),
  duplicate_of           VARCHAR(20),
  occurred_at            TIMESTAMP WITH TIME ZONE,
  detected_at            TIMESTAMP WITH TIME ZONE,
  reported_at            TIMESTAMP WITH TIME ZONE,
  acknowledged_at        TIMESTAMP WITH TIME ZONE,
  contained_at           TIMESTAMP WITH TIME ZONE,
  resolved_at            TIMESTAMP WITH TIME ZONE,
  closed_at              TIMESTAMP WITH TIME ZONE,
  impact_confidentiality VARCHAR(16),
  impact_integrity       VARCHAR(16),
  impact_availability    VARCHAR(16),
  business_impact        VARCHAR(4000),
  services_affected      VARCHAR(4000),
  assets_affected        VARCHAR(4000),
  personal_data_breach   BOOLEAN       NOT NULL,
  personal_data_records  BIGINT,
  created_by             VARCHAR(64)   NOT NULL,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  version                BIGINT        NOT NULL,
  CONSTRAINT incident_key_uk UNIQUE (incident_key)
);
CREATE INDEX incident_created_idx ON incident (created_at, id);
CREATE INDEX incident_status_idx ON incident (status, created_at);
CREATE INDEX incident_assignee_idx ON incident (assignee_id, status);
CREATE INDEX incident_parent_idx ON incident (parent_key);

CREATE TABLE incident_participant (
  incident_id UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
  user_id     UUID NOT NULL,
  PRIMARY KEY (incident_id, user_id)
);
CREATE INDEX incident_participant_user_idx ON incident_participant (user_id);

-- a report belongs to at most one incident; the report itself stays in intake with all its history
CREATE TABLE incident_report (
  report_id   UUID        NOT NULL PRIMARY KEY,
  report_key  VARCHAR(20) NOT NULL,
  incident_id UUID        NOT NULL REFERENCES incident (id),
  attached_by VARCHAR(64) NOT NULL,
  attached_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_report_incident_idx ON incident_report (incident_id);
