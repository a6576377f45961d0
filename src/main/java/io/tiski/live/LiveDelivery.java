package io.tiski.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * This server's end of the cluster's topic: each {@link Broadcast} goes to the lines held here.
 * Chat frames are sent at once on the topic's thread (sends never block, see {@link SocketSender});
 * inboxes, queue boards and customers' statuses are read from the database on the container's
 * threads ({@link LiveRefresh}), never on the topic's.
 */
@ApplicationScoped
public class LiveDelivery {

    @Inject
    CustomerLines customers;

    @Inject
    AgentConnections agents;

    @Inject
    LiveRefresh refresh;

    void received(Broadcast broadcast) {
        switch (broadcast.kind()) {
            case CHAT -> {
                if (broadcast.toCustomer()) {
                    customers.send(broadcast.conversationId(), broadcast.frame());
                }
                agents.sendTo(broadcast.staff(), broadcast.frame());
            }
            case RIGHTS -> agents.closeLinesOf(broadcast.userId());
            case INBOX, QUEUES -> {
                // Most servers hold no line of most organisations: they read nothing.
                if (agents.holdsLinesOf(broadcast.organisationId())) {
                    refresh.requested(new LiveRefresh.Request(broadcast.kind(), broadcast.organisationId(), broadcast.userId()));
                }
            }
            case CUSTOMERS -> {
                if (customers.holdsLinesOf(broadcast.organisationId())) {
                    refresh.requested(LiveRefresh.CustomerRead.of(broadcast));
                }
            }
        }
    }
}
