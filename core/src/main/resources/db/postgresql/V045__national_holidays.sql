-- National holiday lists, one per year (ops-calendar): replaced as a whole by `pita holidays import` or the
-- console; seeded from the year files shipped with Pita. imported_by is 'shipped' for a seeded year.
CREATE TABLE national_holiday_year (
    year           INTEGER      NOT NULL PRIMARY KEY,
    confirmed      BOOLEAN      NOT NULL,
    source         VARCHAR(1000) NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at_ms BIGINT       NOT NULL
);

CREATE TABLE national_holiday (
    year         INTEGER      NOT NULL REFERENCES national_holiday_year (year) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    holiday_date VARCHAR(10)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    provisional  BOOLEAN      NOT NULL,
    PRIMARY KEY (year, seq)
);

CREATE TABLE national_ramadan (
    year        INTEGER     NOT NULL REFERENCES national_holiday_year (year) ON DELETE CASCADE,
    seq         INTEGER     NOT NULL,
    first_date  VARCHAR(10) NOT NULL,
    last_date   VARCHAR(10) NOT NULL,
    provisional BOOLEAN     NOT NULL,
    PRIMARY KEY (year, seq)
);

-- A district's own holiday may be an estimate too (a district file that includes a provisional year).
ALTER TABLE holiday ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE;
