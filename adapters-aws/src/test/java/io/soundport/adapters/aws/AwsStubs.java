package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WireMock standing in for AWS: the server, clients pointed at it, and the requests it received, parsed. */
final class AwsStubs {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final ObjectMapper JSON = new ObjectMapper();

    private AwsStubs() {
    }

    static WireMockExtension server(Object... extensions) {
        WireMockConfiguration options = WireMockConfiguration.wireMockConfig().dynamicPort().globalTemplating(true);
        for (Object extension : extensions) {
            options.extensions((com.github.tomakehurst.wiremock.extension.Extension) extension);
        }
        return WireMockExtension.newInstance().options(options).build();
    }

    /** Clients of this server: static test credentials, 3 attempts a few milliseconds apart. */
    static AwsClients.Settings settings(WireMockExtension server) {
        return AwsClients.Settings.of("eu-west-1")
                .withEndpoint(URI.create(server.baseUrl()),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "test-secret")))
                .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5));
    }

    /** What the server answered, oldest first. */
    static List<ServeEvent> served(WireMockExtension server) {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of a query-protocol (form-encoded) body. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }

    /** The text of the first element of this name in an XML answer. */
    static String xmlElement(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A SigV4 signature of the test credentials for this service. */
    static boolean signedFor(LoggedRequest request, String service) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
                && authorization.contains("/eu-west-1/" + service + "/aws4_request")
                && authorization.contains("Signature=");
    }
}
