package io.tiski.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat over WebSocket: acknowledged after commit, numbered per conversation, stored once
 * however often it is sent, caught up by number after a reconnect, private messages for staff only,
 * and every frame checked against the conversation it names.
 */
class ChatIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private TestOrganisation org;
    private StaffClient agent;
    private long conversation;
    private ActiveChat chat;

    @BeforeEach
    void anActiveConversation() {
        org = TestOrganisation.create("Chat");
        var chat = ActiveChat.open(org, null);
        agent = chat.agent();
        conversation = chat.conversationId();
        this.chat = chat;
    }

    @Test
    void messagesGoBothWaysNumberedAndAcknowledged() {
        try (var desk = LiveLine.agent(agent); var widget = hello(0)) {
            String id = clientId();
            widget.send(send(id, "Hello <b>there</b>"));

            var started = widget.next(type("message"), WAIT);
            assertThat(started.getString("sender")).isEqualTo("SYSTEM");
            assertThat(started.getString("body")).as("in the customer's language").isEqualTo(org.name() + " Agent liittyi keskusteluun.");
            assertThat(started.getJsonNumber("seq").longValue()).isEqualTo(1);
            var ack = widget.next(type("ack"), WAIT);
            assertThat(ack.getString("clientId")).isEqualTo(id);
            assertThat(ack.getJsonNumber("seq").longValue()).isEqualTo(2);
            var received = desk.next(type("message"), WAIT);
            assertThat(received.getString("body")).isEqualTo("Hello <b>there</b>");
            assertThat(received.getString("sender")).isEqualTo("CUSTOMER");
            assertThat(received.getJsonNumber("conversationId").longValue()).isEqualTo(conversation);

            desk.send(agentSend(clientId(), "Hi, how can I help?", false));
            assertThat(desk.next(type("ack"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(3);
            var reply = widget.next(type("message").and(m -> m.getString("sender").equals("AGENT")), WAIT);
            assertThat(reply.getString("body")).isEqualTo("Hi, how can I help?");
            assertThat(reply.getString("senderName")).isEqualTo(org.name() + " Agent");
        }
    }

    @Test
    void aMessageSentTwiceIsStoredOnceAndPushedAgainWithItsNumber() {
        try (var desk = LiveLine.agent(agent); var widget = hello(0)) {
            String id = clientId();
            widget.send(send(id, "Once"));
            widget.send(send(id, "Once"));

            assertThat(widget.next(type("ack"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(2);
            assertThat(widget.next(type("ack"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(2);
            // Pushed again (its first telling may have been lost with the database), with the same
            // number, which the desk drops as one it has.
            assertThat(desk.next(type("message"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(2);
            assertThat(desk.next(type("message"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(2);
        }
        try (var again = hello(1)) {
            assertThat(bodies(again, 1)).containsExactly("Once");
            again.send("{\"type\":\"send\",\"clientId\":\"" + clientId() + "\",\"body\":\"Next\"}");
            assertThat(again.next(type("ack"), WAIT).getJsonNumber("seq").longValue()).as("no gap").isEqualTo(3);
        }
    }

    @Test
    void aReconnectingCustomerGetsExactlyWhatTheyMissedInOrder() {
        try (var desk = LiveLine.agent(agent)) {
            try (var widget = hello(0)) {
                widget.send(send(clientId(), "First"));
                widget.next(type("ack"), WAIT);
            }
            for (var text : List.of("One", "Two", "Three")) {
                desk.send(agentSend(clientId(), text, false));
                desk.next(type("ack"), WAIT);
            }
        }

        try (var back = hello(2)) {
            assertThat(bodies(back, 3)).containsExactly("One", "Two", "Three");
        }
    }

    @Test
    void privateMessagesReachStaffOnly() {
        try (var desk = LiveLine.agent(agent); var widget = hello(0)) {
            desk.send(agentSend(clientId(), "Customer seems upset", true));
            desk.next(type("ack"), WAIT);
            desk.send(agentSend(clientId(), "Sorry for the wait!", false));
            desk.next(type("ack"), WAIT);

            var seen = widget.next(type("message").and(m -> m.getString("sender").equals("AGENT")), WAIT);
            assertThat(seen.getString("body")).isEqualTo("Sorry for the wait!");
            assertThat(seen.getJsonNumber("seq").longValue()).isEqualTo(3);
        }
        try (var later = hello(1); var supervisor = LiveLine.agent(org.admin())) {
            assertThat(bodies(later, 1)).containsExactly("Sorry for the wait!");
            assertThat(later.next(type("caughtUp"), WAIT).getJsonNumber("lastSeq").longValue())
                    .as("past the private note's number too").isEqualTo(3);
            supervisor.send("{\"type\":\"resume\",\"conversationId\":" + conversation + ",\"afterSeq\":1}");
            var first = supervisor.next(type("message"), WAIT);
            assertThat(first.getString("body")).isEqualTo("Customer seems upset");
            assertThat(first.getBoolean("staffOnly")).isTrue();
        }
    }

    @Test
    void framesAreCheckedAgainstTheConversation() {
        var stranger = TestOrganisation.create("Chat stranger");
        var colleague = org.admin();
        try (var forged = LiveLine.customer()) {
            forged.send("{\"type\":\"hello\",\"token\":\"" + "A".repeat(43) + "\",\"afterSeq\":0}");
            assertThat(forged.next(type("error"), WAIT).getString("detail")).isEqualTo("There is no such conversation.");
            assertThat(forged.closeCode(WAIT)).isEqualTo(1008);
        }
        try (var noHello = LiveLine.customer()) {
            noHello.send(send(clientId(), "Sneaky"));
            assertThat(noHello.closeCode(WAIT)).isEqualTo(1008);
        }
        try (var junk = LiveLine.customer()) {
            junk.send("this is not json");
            assertThat(junk.closeCode(WAIT)).isEqualTo(1003);
        }
        try (var outsider = LiveLine.agent(stranger.agent()); var notIn = LiveLine.agent(colleague)) {
            outsider.send(agentSend(clientId(), "Hi from elsewhere", false));
            assertThat(outsider.next(type("error"), WAIT).getString("detail")).isEqualTo("There is no such conversation.");
            outsider.send("{\"type\":\"resume\",\"conversationId\":" + conversation + ",\"afterSeq\":0}");
            assertThat(outsider.next(type("error"), WAIT).getString("detail")).isEqualTo("There is no such conversation.");
            notIn.send(agentSend(clientId(), "Butting in", false));
            assertThat(notIn.next(type("error"), WAIT).getString("detail"))
                    .isEqualTo("Only the agents in this conversation can write in it.");
        }
        try (var widget = hello(0)) {
            widget.send(send(clientId(), "x".repeat(4001)));
            assertThat(widget.next(type("error"), WAIT).getString("detail")).isEqualTo("A message can be at most 4,000 characters.");
            widget.send("{\"type\":\"send\",\"clientId\":\"bad id!\",\"body\":\"Hi\"}");
            assertThat(widget.next(type("error"), WAIT).getString("detail")).startsWith("The message has no valid id");
            widget.send(send(clientId(), "Still here"));
            assertThat(widget.next(type("ack"), WAIT).getJsonNumber("seq").longValue()).as("nothing stored before").isEqualTo(2);
        }
    }

    /** The test server's hello deadline is 3 s ({@code tiski.chat.hello-seconds} in pom.xml; 10 s by default). */
    @Test
    void aLineNobodySaysHelloOnIsClosedAtTheDeadlineAndOneThatDidStaysOpen() {
        try (var silent = LiveLine.customer(); var greeted = hello(0)) {
            long opened = System.nanoTime();

            int code = silent.closeCode(Duration.ofSeconds(10));

            double seconds = (System.nanoTime() - opened) / 1e9;
            assertThat(code).as("closed by the server: policy violated").isEqualTo(1008);
            assertThat(seconds).as("not before the deadline (3 s), at most a sweep after it").isBetween(2.9, 6.0);
            greeted.send(send(clientId(), "Still here after the deadline"));
            assertThat(greeted.next(type("ack"), WAIT)).isNotNull();
        }
    }

    @Test
    void typingAndSeenReachTheOtherSide() {
        try (var desk = LiveLine.agent(agent); var widget = hello(0)) {
            widget.next(type("message"), WAIT);
            widget.send("{\"type\":\"typing\"}");
            assertThat(desk.next(type("typing"), WAIT).getString("sender")).isEqualTo("CUSTOMER");
            desk.send("{\"type\":\"typing\",\"conversationId\":" + conversation + "}");
            assertThat(widget.next(type("typing"), WAIT).getString("senderName")).isEqualTo(org.name() + " Agent");

            desk.send(agentSend(clientId(), "Read this", false));
            assertThat(desk.next(type("ack"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(2);
            widget.send("{\"type\":\"seen\",\"seq\":2}");
            assertThat(desk.next(type("seen"), WAIT).getJsonNumber("seq").longValue()).isEqualTo(2);
            widget.send("{\"type\":\"seen\",\"seq\":99}");
            assertThat(desk.next(type("seen"), WAIT).getJsonNumber("seq").longValue()).as("never beyond the last").isEqualTo(2);
            widget.send("{\"type\":\"seen\",\"seq\":1}");
            assertThat(desk.next(type("seen"), WAIT).getJsonNumber("seq").longValue()).as("never back").isEqualTo(2);
        }
    }

    @Test
    void whenTheCustomerEndsTheAgentIsToldAtOnce() {
        try (var desk = LiveLine.agent(agent); var widget = hello(0)) {
            widget.next(type("message"), WAIT);
            widget.send("{\"type\":\"end\"}");

            assertThat(desk.next(type("ended"), WAIT).getJsonNumber("conversationId").longValue()).isEqualTo(conversation);
            assertThat(widget.next(type("ended"), WAIT).getJsonNumber("conversationId").longValue()).isEqualTo(conversation);
        }
        assertThat(StaffClient.array(agent.api("GET", "agent/conversations", null))).isEmpty();
        try (var widget = hello(1)) {
            assertThat(bodies(widget, 1)).containsExactly("Asiakas poistui keskustelusta.");
        }
    }

    @Test
    void aFloodingSenderIsSlowedDownAndLosesNothingStored() {
        try (var widget = hello(0)) {
            widget.next(type("message"), WAIT);
            int sent = 40;
            for (int i = 0; i < sent; i++) {
                widget.send(send(clientId(), "Flood " + i));
            }
            int acks = 0;
            int refused = 0;
            for (int i = 0; i < sent; i++) {
                var answer = widget.next(type("ack").or(type("error")), WAIT);
                if (answer.getString("type").equals("ack")) {
                    acks++;
                } else {
                    assertThat(answer.getString("detail")).startsWith("You are sending messages too fast.");
                    refused++;
                }
            }
            System.out.printf("ChatIT: %d messages sent at once: %d stored, %d refused for the rate%n", sent, acks, refused);
            assertThat(refused).isPositive();
            assertThat(acks).isBetween(20, 30);
            try (var reader = hello(1)) {
                var stored = bodies(reader, acks);
                assertThat(stored).doesNotHaveDuplicates().allSatisfy(body -> assertThat(body).startsWith("Flood "));
            }
        }
    }

    @Test
    void sendsArrivingTogetherAreStoredOnceEachWithoutGapsAndARefusedOneFailsOnlyItself() {
        // Twenty frames in all: the conversation's burst (its rate holds across its lines, ChatLimitsIT).
        int lines = 4;
        int perLine = 5;
        List<LiveLine> widgets = new ArrayList<>();
        try {
            for (int i = 0; i < lines; i++) {
                var widget = hello(0);
                widget.next(type("message"), WAIT);
                widgets.add(widget);
            }
            String twice = clientId();
            List<String> valid = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            // All at once from four connections, so they are written together: every fifth answers
            // a menu that does not exist, and one client id is sent on two connections.
            for (int n = 0; n < perLine; n++) {
                for (int i = 0; i < lines; i++) {
                    String id = clientId();
                    if (n == 2 && i < 2) {
                        widgets.get(i).send(send(twice, "Twice"));
                    } else if (n % 5 == 4) {
                        refused.add(id);
                        widgets.get(i).send(Json.createObjectBuilder().add("type", "send").add("clientId", id)
                                .add("body", "Yes").add("answerTo", 1).build().toString());
                    } else {
                        valid.add(id);
                        widgets.get(i).send(send(id, "Message " + id));
                    }
                }
            }
            java.util.Map<String, Long> seqs = new java.util.HashMap<>();
            List<String> errors = new ArrayList<>();
            for (var widget : widgets) {
                for (int n = 0; n < perLine; n++) {
                    var answer = widget.next(type("ack").or(type("error")), WAIT);
                    if (answer.getString("type").equals("ack")) {
                        long seq = answer.getJsonNumber("seq").longValue();
                        var earlier = seqs.put(answer.getString("clientId"), seq);
                        assertThat(earlier == null || earlier == seq).as("a repeat gets the same number").isTrue();
                    } else {
                        assertThat(answer.getString("detail")).isEqualTo("That is not one of the choices offered.");
                        errors.add(answer.getString("clientId"));
                    }
                }
            }
            assertThat(errors).containsExactlyInAnyOrderElementsOf(refused);
            assertThat(seqs.keySet()).containsAll(valid).contains(twice).hasSize(valid.size() + 1);
            assertThat(seqs.values()).as("numbered after the join message, without gaps")
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(2, valid.size() + 2)
                            .boxed().toList());
            try (var reader = hello(1)) {
                var stored = bodies(reader, valid.size() + 1);
                assertThat(stored).doesNotHaveDuplicates().containsOnlyOnce("Twice");
                assertThat(reader.next(type("caughtUp"), WAIT).getJsonNumber("lastSeq").longValue())
                        .isEqualTo(valid.size() + 2);
            }
        } finally {
            widgets.forEach(LiveLine::close);
        }
    }

    @Test
    void anOptionsMenuComesBackAsTheCustomersChoice() {
        try (var desk = LiveLine.agent(agent); var widget = hello(0)) {
            widget.next(type("message"), WAIT);
            desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", conversation)
                    .add("clientId", clientId()).add("body", "Shall we refund?")
                    .add("options", Json.createArrayBuilder().add("Yes").add("No")).build().toString());
            var menu = widget.next(type("message").and(m -> m.getString("sender").equals("AGENT")), WAIT);
            assertThat(menu.getJsonArray("options").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("Yes", "No");
            long seq = menu.getJsonNumber("seq").longValue();

            widget.send(Json.createObjectBuilder().add("type", "send").add("clientId", clientId()).add("body", "Maybe")
                    .add("answerTo", seq).build().toString());
            assertThat(widget.next(type("error"), WAIT).getString("detail")).isEqualTo("That is not one of the choices offered.");
            widget.send(Json.createObjectBuilder().add("type", "send").add("clientId", clientId()).add("body", "Yes")
                    .add("answerTo", seq).build().toString());

            var answer = desk.next(type("message").and(m -> m.getString("sender").equals("CUSTOMER")), WAIT);
            assertThat(answer.getString("body")).isEqualTo("Yes");
            assertThat(answer.getJsonNumber("answerTo").longValue()).isEqualTo(seq);
            desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", conversation)
                    .add("clientId", clientId()).add("body", "One choice only")
                    .add("options", Json.createArrayBuilder().add("Only")).build().toString());
            assertThat(desk.next(type("error"), WAIT).getString("detail")).startsWith("An options menu has 2 to 10 choices");
        }
    }

    @Test
    void anEndedConversationTakesNoMoreMessages() {
        agent.api("POST", "agent/conversations/" + conversation + "/end", null);
        try (var widget = hello(0)) {
            assertThat(bodies(widget, 2)).containsExactly(org.name() + " Agent liittyi keskusteluun.",
                    org.name() + " Agent päätti keskustelun.");
            widget.send(send(clientId(), "Are you there?"));
            assertThat(widget.next(type("error"), WAIT).getString("detail")).isEqualTo("This conversation has ended.");
        }
    }

    private LiveLine hello(long afterSeq) {
        return chat.customerLine(afterSeq);
    }

    private String agentSend(String clientId, String body, boolean staffOnly) {
        return Json.createObjectBuilder().add("type", "send").add("conversationId", conversation)
                .add("clientId", clientId).add("body", body).add("private", staffOnly).build().toString();
    }

    private static String send(String clientId, String body) {
        return Json.createObjectBuilder().add("type", "send").add("clientId", clientId).add("body", body).build().toString();
    }

    private static List<String> bodies(LiveLine line, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(line.next(type("message"), WAIT).getString("body"));
        }
        return bodies;
    }

    private static java.util.function.Predicate<JsonObject> type(String type) {
        return ActiveChat.frameType(type);
    }

    private static String clientId() {
        return ActiveChat.clientId();
    }
}
