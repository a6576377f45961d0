package io.tiski.live;

import io.tiski.routing.control.QueueLoad;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One queue in the desk's sidebar; {@code handled}: the agent is one of its handlers (may pick from it). */
@JsonbPropertyOrder({"id", "name", "open", "waiting", "handled"})
public record QueueLoadJson(long id, String name, boolean open, long waiting, boolean handled) {

    static QueueLoadJson of(QueueLoad queue, boolean handled) {
        return new QueueLoadJson(queue.id(), queue.name(), queue.open(), queue.waiting(), handled);
    }
}
