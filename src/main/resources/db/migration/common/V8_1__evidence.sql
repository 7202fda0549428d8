-- evidence items: digital (a stored file) or physical (paper, devices, visitor logs), with where the original is kept
CREATE TABLE evidence_item (
  id                 UUID          NOT NULL PRIMARY KEY,
  evidence_key       VARCHAR(20)   NOT NULL,
  record_kind        VARCHAR(32)   NOT NULL,
  record_key         VARCHAR(64)   NOT NULL,
  description        VARCHAR(2000) NOT NULL,
  item_type          VARCHAR(16)   NOT NULL,
  artifact_id        UUID          REFERENCES artifact (id),
  source_system      VARCHAR(500),
  source_device      VARCHAR(500),
  source_person      VARCHAR(500),
  source_location    VARCHAR(500),
  acquired_by        VARCHAR(200)  NOT NULL,
  acquired_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  acquisition_method VARCHAR(500),
  acquisition_tool   VARCHAR(500),
  sha256             CHAR(64),
  md5                CHAR(32),
  sha1               CHAR(40),
  storage_location   VARCHAR(500)  NOT NULL,
  legal_hold         BOOLEAN       NOT NULL,
  retention_until    DATE,
  disposition        VARCHAR(500),
  custodian          VARCHAR(64)   NOT NULL,
  tlp                VARCHAR(16)   NOT NULL,
  created_by         VARCHAR(64)   NOT NULL,
  created_by_id      UUID,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT evidence_item_key_uk UNIQUE (evidence_key)
);
CREATE INDEX evidence_item_record_idx ON evidence_item (record_kind, record_key);
CREATE INDEX evidence_item_created_idx ON evidence_item (created_at, id);

-- the chain of custody: append-only; a transfer is requested, then confirmed by the receiving user
CREATE TABLE evidence_custody (
  id             UUID          NOT NULL PRIMARY KEY,
  evidence_id    UUID          NOT NULL REFERENCES evidence_item (id),
  seq            INT           NOT NULL,
  entry_type     VARCHAR(24)   NOT NULL,
  from_user      VARCHAR(64),
  to_user        VARCHAR(64),
  purpose        VARCHAR(2000),
  transfer_id    UUID,
  verified_sha256 CHAR(64),
  result         VARCHAR(16),
  actor          VARCHAR(64)   NOT NULL,
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT evidence_custody_seq_uk UNIQUE (evidence_id, seq)
);
