package io.soundport.bootstrap;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code DATABASE_URL} as JDBC wants it: {@code jdbc:postgresql://host:port/db} as is, or the common
 * {@code postgres://user:password@host:port/db} form turned into it (user and password taken out).
 */
final class JdbcUrls {
    private JdbcUrls() {
    }

    static String toJdbc(String url) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalStateException("DATABASE_URL must be jdbc:postgresql://... or postgres://...");
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
    }

    static String user(String url, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String[] info = userInfo(url);
        return info.length > 0 ? info[0] : null;
    }

    static String password(String url, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String[] info = userInfo(url);
        return info.length > 1 ? info[1] : null;
    }

    /** The URL without anything after '?', where a password may hide; for logs. */
    static String withoutSecrets(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }

    private static String[] userInfo(String url) {
        if (url.startsWith("jdbc:")) {
            return new String[0];
        }
        String raw = URI.create(url).getRawUserInfo();
        if (raw == null) {
            return new String[0];
        }
        String[] parts = raw.split(":", 2);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
        }
        return parts;
    }
}
