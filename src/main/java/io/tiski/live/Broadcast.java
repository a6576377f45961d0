package io.tiski.live;

import java.util.List;

/**
 * What one server tells every server's lines (see {@link LiveCluster}), as JSON: plain values, so
 * servers of different builds during a rolling upgrade still understand each other.
 *
 * @param kind            what happened
 * @param organisationId  whose inboxes or queue boards changed ({@code INBOX}, {@code QUEUES})
 * @param conversationId  the conversation of a chat frame ({@code CHAT})
 * @param userId          one agent: whose inbox changed ({@code INBOX}; null for every agent of
 *                        the organisation), whose rights changed ({@code RIGHTS})
 * @param toCustomer      whether the customer's lines get the chat frame too
 * @param staff           the agents whose lines get the chat frame
 * @param frame           the chat frame's text, as the lines receive it
 * @param queueId         the queue whose waiting line changed ({@code CUSTOMERS}; null when only the
 *                        conversation's own queue is concerned)
 */
public record Broadcast(Kind kind, Long organisationId, Long conversationId, Long userId, boolean toCustomer,
                        List<Long> staff, String frame, Long queueId) {

    public enum Kind {
        /** A frame for the people in a conversation: a message, typing, seen, annotated, ended. */
        CHAT,
        /** Read the agents' inboxes again and send each if it changed. */
        INBOX,
        /** Read the queue boards of the organisation's agents again and send each if it changed. */
        QUEUES,
        /** Close the agent's lines: their rights changed. */
        RIGHTS,
        /**
         * Read the status of waiting customers again and send each customer's line its status frame
         * if it changed: of one conversation (conversationId: taken, handed on, ended) and of
         * everyone waiting in its queue, or in the queue given (queueId: someone left the line).
         */
        CUSTOMERS
    }

    static Broadcast chat(long conversationId, boolean toCustomer, List<Long> staff, String frame) {
        return new Broadcast(Kind.CHAT, null, conversationId, null, toCustomer, List.copyOf(staff), frame, null);
    }

    static Broadcast inbox(long organisationId, Long agentId) {
        return new Broadcast(Kind.INBOX, organisationId, null, agentId, false, List.of(), null, null);
    }

    static Broadcast queues(long organisationId) {
        return new Broadcast(Kind.QUEUES, organisationId, null, null, false, List.of(), null, null);
    }

    static Broadcast customersOfQueue(long organisationId, long queueId) {
        return new Broadcast(Kind.CUSTOMERS, organisationId, null, null, false, List.of(), null, queueId);
    }

    static Broadcast customerOf(long organisationId, long conversationId) {
        return new Broadcast(Kind.CUSTOMERS, organisationId, conversationId, null, false, List.of(), null, null);
    }

    static Broadcast rights(long userId) {
        return new Broadcast(Kind.RIGHTS, null, null, userId, false, List.of(), null, null);
    }
}
