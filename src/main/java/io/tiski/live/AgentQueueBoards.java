package io.tiski.live;

import io.tiski.routing.control.QueueLoads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The desk's queue sidebar as the JSON text each agent receives. The organisation's part is read
 * once for all the agents asked about, so ten desks open in one organisation cost the same three
 * queries as one. Read in one transaction: the caller's when there is one (it then sees its own
 * change), its own otherwise.
 */
@ApplicationScoped
public class AgentQueueBoards {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    QueueLoads loads;

    /** By agent id: the board of each of these agents of the organisation. */
    @Transactional
    public Map<Long, String> of(long organisationId, Collection<Long> agentIds) {
        var queues = loads.of(organisationId);
        var handled = loads.handledBy(organisationId, agentIds);
        Map<Long, String> boards = new HashMap<>();
        for (long agentId : agentIds) {
            Set<Long> mine = handled.getOrDefault(agentId, Set.of());
            boards.put(agentId, JSON.toJson(new AgentQueuesJson(
                    queues.stream().map(queue -> QueueLoadJson.of(queue, mine.contains(queue.id()))).toList())));
        }
        return boards;
    }
}
