-- intake: incident reports waiting for (or after) triage
CREATE TABLE intake_report (
  id                 UUID          NOT NULL PRIMARY KEY,
  report_key         VARCHAR(20)   NOT NULL,
  channel            VARCHAR(16)   NOT NULL,
  source             VARCHAR(200),
  external_reference VARCHAR(200),
  reporter           VARCHAR(500)  NOT NULL,
  received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  summary            VARCHAR(500)  NOT NULL,
  body               VARCHAR,
  suggested_class    VARCHAR(64),
  suggested_type     VARCHAR(64),
  tlp                VARCHAR(16)   NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  decision           VARCHAR(24),
  decision_reason    VARCHAR(2000),
  duplicate_of       VARCHAR(20),
  forwarded_to       VARCHAR(200),
  forwarded_at       TIMESTAMP WITH TIME ZONE,
  class_key          VARCHAR(64),
  type_key           VARCHAR(64),
  triaged_by         VARCHAR(64),
  triaged_at         TIMESTAMP WITH TIME ZONE,
  created_by         VARCHAR(64)   NOT NULL,
  created_by_id      UUID,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT intake_report_key_uk UNIQUE (report_key),
  CONSTRAINT intake_report_external_uk UNIQUE (source, external_reference)
);
CREATE INDEX intake_report_queue_idx ON intake_report (status, received_at, id);
CREATE INDEX intake_report_received_idx ON intake_report (received_at, id);
CREATE INDEX intake_report_reporter_idx ON intake_report (reporter, received_at);


-- Idempotency-Key header values per caller, so a retried request never creates a second report
CREATE TABLE intake_idempotency (
  principal  VARCHAR(64)  NOT NULL,
  idem_key   VARCHAR(200) NOT NULL,
  report_id  UUID         NOT NULL REFERENCES intake_report (id) ON DELETE CASCADE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (principal, idem_key)
);
