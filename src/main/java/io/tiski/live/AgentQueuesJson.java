package io.tiski.live;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Every queue of the agent's organisation, by name, pushed whole whenever it changes (type "queues"). */
@JsonbPropertyOrder({"type", "queues"})
public record AgentQueuesJson(String type, List<QueueLoadJson> queues) {

    AgentQueuesJson(List<QueueLoadJson> queues) {
        this("queues", queues);
    }
}
