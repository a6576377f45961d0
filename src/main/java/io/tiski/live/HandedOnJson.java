package io.tiski.live;

/**
 * {@code {"type":"handedOver","conversationId","agentName"}}, to the agent who handed a conversation
 * on once the new agent's acceptance is committed: the chat is no longer theirs to write in.
 */
public record HandedOnJson(String type, long conversationId, String agentName) {

    static HandedOnJson of(long conversationId, String agentName) {
        return new HandedOnJson("handedOver", conversationId, agentName);
    }
}
