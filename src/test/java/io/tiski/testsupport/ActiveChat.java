package io.tiski.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A conversation under way: a customer in one of the organisation's queues, picked by its agent.
 * The queue is opened with the given settings (JSON as the queue API takes it, or null).
 */
public record ActiveChat(StaffClient agent, Customer customer, long queueId, long conversationId) {

    public static ActiveChat open(TestOrganisation org, String queueSettings) {
        var admin = org.admin();
        long queue = org.emptyQueueId();
        if (queueSettings != null) {
            admin.api("PUT", "queues/" + queue, queueSettings);
        }
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var agent = org.agent();
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        var customer = new Customer();
        customer.start(queue, "Chatty");
        long conversation = StaffClient.array(agent.api("GET", "agent/waiting", null)).stream()
                .map(c -> c.asJsonObject()).filter(c -> c.getJsonNumber("queueId").longValue() == queue)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(agent.api("POST", "agent/waiting/" + conversation + "/pick", null).statusCode()).isEqualTo(200);
        return new ActiveChat(agent, customer, queue, conversation);
    }

    /** The customer's chat line, having said hello for everything after {@code afterSeq}. */
    public LiveLine customerLine(long afterSeq) {
        var line = LiveLine.customer();
        line.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token())
                .add("afterSeq", afterSeq).build().toString());
        return line;
    }

    /** The customer's chat line from {@code clientAddress} (see {@link LiveLine#customerAt}), having said hello. */
    public LiveLine customerLine(long afterSeq, String clientAddress) {
        var line = LiveLine.customerAt(clientAddress);
        line.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token())
                .add("afterSeq", afterSeq).build().toString());
        return line;
    }

    public static Predicate<JsonObject> frameType(String type) {
        return message -> type.equals(message.getString("type", ""));
    }

    /** A fresh client id for a send frame, as the widget and desk make them. */
    public static String clientId() {
        return UUID.randomUUID().toString();
    }
}
