package io.tiski.contact;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An SMS service in the test JVM: keeps each request it gets and answers with {@code status}. */
record SmsService(HttpServer server, List<Posted> requests, AtomicInteger status) {

    record Posted(String contentType, String authorization, String body) {
    }

    static SmsService start() throws IOException {
        var service = new SmsService(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0),
                new CopyOnWriteArrayList<>(), new AtomicInteger(200));
        service.server.createContext("/sms", exchange -> {
            try (exchange) {
                var headers = exchange.getRequestHeaders();
                service.requests.add(new Posted(headers.getFirst("Content-Type"), headers.getFirst("Authorization"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(service.status.get(), -1);
            }
        });
        service.server.start();
        return service;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    void stop() {
        server.stop(0);
    }
}
