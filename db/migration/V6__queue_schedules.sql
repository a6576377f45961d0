-- Weekly opening hours per queue, in the queue's own time zone, with closed dates (holidays).
-- applied_through is the last schedule change (an instant) that has been applied to the queue:
-- a conditional update on it lets exactly one server apply each change, also after a restart.

CREATE TABLE queue_schedules (
    queue_id        BIGINT      NOT NULL,
    enabled         TINYINT(1)  NOT NULL DEFAULT 0,
    time_zone       VARCHAR(64) NOT NULL,
    applied_through DATETIME(6) NULL,
    PRIMARY KEY (queue_id),
    CONSTRAINT fk_queue_schedules_queue FOREIGN KEY (queue_id) REFERENCES queues (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE queue_opening_hours (
    queue_id    BIGINT  NOT NULL,
    day_of_week TINYINT NOT NULL,
    opens_at    TIME    NOT NULL,
    closes_at   TIME    NOT NULL,
    KEY idx_queue_opening_hours_queue (queue_id),
    CONSTRAINT fk_queue_opening_hours_schedule FOREIGN KEY (queue_id) REFERENCES queue_schedules (queue_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE queue_closed_dates (
    queue_id  BIGINT NOT NULL,
    closed_on DATE   NOT NULL,
    PRIMARY KEY (queue_id, closed_on),
    CONSTRAINT fk_queue_closed_dates_schedule FOREIGN KEY (queue_id) REFERENCES queue_schedules (queue_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
