-- identity: users, teams, API tokens, login throttling
CREATE TABLE app_user (
  id                   UUID         NOT NULL PRIMARY KEY,
  username             VARCHAR(64)  NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  email                VARCHAR(320),
  password_hash        VARCHAR(255),
  role                 VARCHAR(32)  NOT NULL,
  constituency         VARCHAR(200),
  enabled              BOOLEAN      NOT NULL,
  must_change_password BOOLEAN      NOT NULL,
  language             VARCHAR(8),
  time_zone            VARCHAR(64),
  external_subject     VARCHAR(255),
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  password_changed_at  TIMESTAMP WITH TIME ZONE,
  last_login_at        TIMESTAMP WITH TIME ZONE,
  version              BIGINT       NOT NULL,
  CONSTRAINT app_user_username_uk UNIQUE (username)
);
CREATE INDEX app_user_created_idx ON app_user (created_at, id);

CREATE TABLE team (
  id          UUID         NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  description VARCHAR(1000),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT team_name_uk UNIQUE (name)
);

CREATE TABLE team_member (
  team_id UUID NOT NULL REFERENCES team (id) ON DELETE CASCADE,
  user_id UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_member_user_idx ON team_member (user_id);

CREATE TABLE api_token (
  id           UUID         NOT NULL PRIMARY KEY,
  user_id      UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  token_hash   VARCHAR(64)  NOT NULL,
  token_prefix VARCHAR(16)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  last_used_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_token_user_idx ON api_token (user_id, created_at);

-- failed sign-ins per user name and per client address (also for names that do not exist)
CREATE TABLE login_attempt (
  attempt_key      VARCHAR(200) NOT NULL PRIMARY KEY,
  failures         INT          NOT NULL,
  first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until     TIMESTAMP WITH TIME ZONE
);
