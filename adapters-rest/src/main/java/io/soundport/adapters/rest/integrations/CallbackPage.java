package io.soundport.adapters.rest.integrations;

import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.Provider;

/**
 * The small page a browser lands on after a provider sent it back: what happened, in words, with nothing from the
 * request echoed unescaped. It loads nothing and runs nothing (the response forbids both).
 */
final class CallbackPage {
    /** No scripts, no frames, nothing loaded: the page is text and one inline style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private CallbackPage() {
    }

    static String connected(Connection connection) {
        String name = name(connection.provider());
        return page(name + " connected", "Your " + name + " account " + connection.providerUserId()
                + " is connected to Soundport. You can close this window.");
    }

    static String failed(Provider provider, String code, String message) {
        String name = provider == null ? "The account" : name(provider);
        return page(name + " was not connected", message + " (" + code + ")");
    }

    private static String name(Provider provider) {
        return provider == Provider.SPOTIFY ? "Spotify" : "Meta";
    }

    private static String page(String title, String text) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Soundport</title>"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}"
                + "</style></head><body><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p></body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
