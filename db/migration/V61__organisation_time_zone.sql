-- The organisation's time zone (a tz database name such as Europe/Helsinki): the desk and the widget
-- show message times in it. Empty: the server's zone.
ALTER TABLE organisations ADD COLUMN time_zone VARCHAR(64) NULL;
