-- taxonomy: incident classification (shipped RSIT plus local entries) and the priority matrix
CREATE TABLE taxonomy_class (
  id             UUID          NOT NULL PRIMARY KEY,
  class_key      VARCHAR(64)   NOT NULL,
  label_en       VARCHAR(200)  NOT NULL,
  label_ja       VARCHAR(200)  NOT NULL,
  description_en VARCHAR(2000),
  description_ja VARCHAR(2000),
  source         VARCHAR(16)   NOT NULL,
  upstream_uuid  UUID,
  display_order  INT           NOT NULL,
  deprecated     BOOLEAN       NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT taxonomy_class_key_uk UNIQUE (class_key),
  CONSTRAINT taxonomy_class_source_ck CHECK (source IN ('rsit', 'local'))
);

CREATE TABLE taxonomy_type (
  id             UUID          NOT NULL PRIMARY KEY,
  class_key      VARCHAR(64)   NOT NULL REFERENCES taxonomy_class (class_key),
  type_key       VARCHAR(64)   NOT NULL,
  label_en       VARCHAR(200)  NOT NULL,
  label_ja       VARCHAR(200)  NOT NULL,
  description_en VARCHAR(2000),
  description_ja VARCHAR(2000),
  source         VARCHAR(16)   NOT NULL,
  upstream_uuid  UUID,
  display_order  INT           NOT NULL,
  deprecated     BOOLEAN       NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT taxonomy_type_key_uk UNIQUE (class_key, type_key),
  CONSTRAINT taxonomy_type_source_ck CHECK (source IN ('rsit', 'local'))
);

-- impact x urgency -> priority; the defaults below follow the usual ITIL-style matrix, teams change cells
CREATE TABLE taxonomy_priority_matrix (
  impact     VARCHAR(16) NOT NULL,
  urgency    VARCHAR(16) NOT NULL,
  priority   VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (impact, urgency)
);
INSERT INTO taxonomy_priority_matrix (impact, urgency, priority, updated_at) VALUES
  ('CRITICAL', 'CRITICAL', 'P1', CURRENT_TIMESTAMP), ('CRITICAL', 'HIGH', 'P1', CURRENT_TIMESTAMP),
  ('CRITICAL', 'MEDIUM', 'P2', CURRENT_TIMESTAMP), ('CRITICAL', 'LOW', 'P3', CURRENT_TIMESTAMP),
  ('HIGH', 'CRITICAL', 'P1', CURRENT_TIMESTAMP), ('HIGH', 'HIGH', 'P2', CURRENT_TIMESTAMP),
  ('HIGH', 'MEDIUM', 'P2', CURRENT_TIMESTAMP), ('HIGH', 'LOW', 'P3', CURRENT_TIMESTAMP),
  ('MEDIUM', 'CRITICAL', 'P2', CURRENT_TIMESTAMP), ('MEDIUM', 'HIGH', 'P2', CURRENT_TIMESTAMP),
  ('MEDIUM', 'MEDIUM', 'P3', CURRENT_TIMESTAMP), ('MEDIUM', 'LOW', 'P4', CURRENT_TIMESTAMP),
  ('LOW', 'CRITICAL', 'P3', CURRENT_TIMESTAMP), ('LOW', 'HIGH', 'P3', CURRENT_TIMESTAMP),
  ('LOW', 'MEDIUM', 'P4', CURRENT_TIMESTAMP), ('LOW', 'LOW', 'P4', CURRENT_TIMESTAMP);
