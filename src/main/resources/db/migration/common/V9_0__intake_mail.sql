-- Reports that arrived as e-mail: the headers and sanitised HTML body, the original message and its
-- attachments as files in the content-addressed store (referenced by SHA-256).
CREATE TABLE intake_mail (
  report_id   UUID          NOT NULL PRIMARY KEY REFERENCES intake_report (id) ON DELETE CASCADE,
  sender      VARCHAR(1000),
  recipients  VARCHAR(20000),
  subject     VARCHAR(2000),
  sent_at     TIMESTAMP WITH TIME ZONE,
  message_id  VARCHAR(1000),
  safe_html   VARCHAR,
  eml_sha256  CHAR(64)      NOT NULL,
  eml_size    BIGINT        NOT NULL,
  problems    VARCHAR(20000)
);

CREATE TABLE intake_attachment (
  report_id    UUID          NOT NULL REFERENCES intake_report (id) ON DELETE CASCADE,
  ordinal      INT           NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  content_type VARCHAR(255)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       CHAR(64)      NOT NULL,
  PRIMARY KEY (report_id, ordinal)
);
CREATE INDEX intake_attachment_sha256_ix ON intake_attachment (sha256);
