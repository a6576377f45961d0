package io.tiski.chat.control;

/**
 * Tells everyone in a conversation about a message that is already committed. The one
 * implementation now reaches the connections to this server; a later one fans out through a
 * message broker. Missing a delivery loses nothing: clients catch up by sequence number.
 */
public interface ChatDelivery {

    void deliver(Posted posted);

    void signal(Signal signal);
}
