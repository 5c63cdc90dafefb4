package io.soundport.domain.platform;

import java.net.URI;

/** How a forwarded path lands on an instance: below the path of the instance's registered URL. */
public final class UpstreamInstances {
    private UpstreamInstances() {
    }

    /**
     * The path the instance receives for {@code forwardedPath} (which starts with a slash): the instance URL's own
     * path without its trailing slash, then the forwarded path. {@code https://a.example/v2/} and {@code /users}
     * give {@code /v2/users}.
     */
    public static String targetPath(String instance, String forwardedPath) {
        String base = URI.create(instance).getRawPath();
        if (base == null) {
            base = "";
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + forwardedPath;
    }

    /** The URL the instance is called on: scheme, authority, the target path and the raw query if any. */
    public static String targetUrl(String instance, String forwardedPath, String rawQuery) {
        URI uri = URI.create(instance);
        String url = uri.getScheme() + "://" + uri.getRawAuthority() + targetPath(instance, forwardedPath);
        return rawQuery == null || rawQuery.isEmpty() ? url : url + "?" + rawQuery;
    }
}
