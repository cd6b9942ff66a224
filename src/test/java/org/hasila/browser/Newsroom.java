package org.hasila.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Another site, with an article that frames Hasila: a server and origin of its own, so the pages' policies judge
 * it as they judge a newsroom's site (a page from {@code setContent} has no origin any policy could allow). On the
 * loopback, so Chromium's checks of local network access let it frame the app.
 */
final class Newsroom implements AutoCloseable {

    private final HttpServer server;

    Newsroom(String article) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = article.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String article() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/article";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
