-- gap-free human keys per series and year (RPT-2026-00001, IR-2026-0001): the row is locked by the
-- transaction that takes numbers, so numbers of a rolled-back transaction are taken again
CREATE TABLE key_counter (
  series       VARCHAR(16) NOT NULL,
  counter_year INT         NOT NULL,
  last_value   INT         NOT NULL,
  PRIMARY KEY (series, counter_year)
);
