package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code GET /metrics} without a token: the Prometheus text a loopback client gets after some traffic, what others
 * get, and the alert rules and the dashboard of {@code docs/observability}, whose every metric must be in it.
 */
class MetricsTest extends RestTest {
    static final Path OBSERVABILITY = Path.of("..", "docs", "observability");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? ", Pattern.MULTILINE);

    /** The samples of one metric whose labels include all the given ones ({@code name="value"} each). */
    static List<String> samples(String scrape, String metric, String... labels) {
        List<String> found = new ArrayList<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                // label values may hold braces themselves (uri="/api/v1/releases/{id}")
                String labelPart = line.contains("{") ? line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1)
                        : "";
                boolean all = true;
                for (String label : labels) {
                    all &= labelPart.contains(label);
                }
                if (all) {
                    found.add(line);
                }
            }
        }
        return found;
    }

    /** The suite runs on memory, PostgreSQL and DynamoDB Local; only PostgreSQL has a connection pool. */
    static boolean onPostgres() {
        return System.getProperty("soundport.test.persistence", "memory").equals("postgres");
    }

    static double value(String sample) {
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    @Test
    void after_traffic_a_loopback_scrape_shows_the_route_histograms_the_queues_outcomes_jvm_and_process() {
        Account owner = register();
        String release = ingest(owner, "Measured");
        owner.api().get("/releases/" + release).expect(200);
        owner.api().get("/releases/rel_00000000000000000000000000").expect(404);
        api.get("/no-such-thing/" + release).expect(404);
        owner.api().post("/artists", obj("name", "")).expect(400);
        api.get("/metrics").expect(200);

        Api.Response scrape = api.get("/metrics").expect(200);

        assertThat(scrape.header("Content-Type")).startsWith("text/plain");
        String text = scrape.body();
        String route = "uri=\"/api/v1/releases/{id}\"";
        assertThat(samples(text, "http_server_requests_seconds_bucket", route, "method=\"GET\"", "status=\"200\""))
                .as("buckets of the route template, up to +Inf")
                .anySatisfy(s -> assertThat(s).contains("le=\"1.0\""))
                .anySatisfy(s -> assertThat(s).contains("le=\"+Inf\""));
        assertThat(samples(text, "http_server_requests_seconds_count", route, "method=\"GET\"", "status=\"404\""))
                .singleElement().satisfies(s -> assertThat(value(s)).isEqualTo(1));
        assertThat(samples(text, "http_server_requests_seconds_count", "uri=\"/api/v1/artists\"", "method=\"POST\"",
                "status=\"400\"")).hasSize(1);
        assertThat(samples(text, "http_server_requests_seconds_count", "uri=\"UNMATCHED\"", "status=\"404\""))
                .as("a path no route matches is one series, whatever the path").hasSize(1);
        assertThat(text).as("no raw path with an id").doesNotContain(release).doesNotContain("no-such-thing");
        assertThat(samples(text, "http_server_requests_seconds_count", "uri=\"/metrics\"")).as("scrapes not counted")
                .isEmpty();

        for (String worker : List.of("outbox-dispatcher", "webhook-sender", "partner-delivery",
                "notification-sender")) {
            assertThat(samples(text, "soundport_queue_depth", "worker=\"" + worker + "\"")).singleElement()
                    .satisfies(s -> assertThat(value(s)).isNotNegative());
            assertThat(samples(text, "soundport_queue_oldest_age_seconds", "worker=\"" + worker + "\"")).singleElement()
                    .satisfies(s -> assertThat(value(s)).isNotNegative());
        }
        for (String outcome : List.of("delivered", "failed_will_retry", "failed_final")) {
            assertThat(samples(text, "soundport_webhook_attempts_seconds_count", "outcome=\"" + outcome + "\""))
                    .hasSize(1);
            assertThat(samples(text, "soundport_delivery_attempts_seconds_count", "outcome=\"" + outcome + "\"",
                    "protocol=\"http\"")).hasSize(1);
        }
        assertThat(samples(text, "jvm_memory_used_bytes", "area=\"heap\"")).isNotEmpty();
        assertThat(samples(text, "jvm_threads_live_threads")).isNotEmpty();
        assertThat(samples(text, "process_uptime_seconds")).singleElement()
                .satisfies(s -> assertThat(value(s)).isPositive());
        assertThat(samples(text, "process_cpu_usage")).hasSize(1);
        assertThat(samples(text, "hikaricp_connections_max")).as("the pool, on PostgreSQL only")
                .hasSize(onPostgres() ? 1 : 0);
    }

    @Test
    void every_metric_of_the_alert_rules_and_the_dashboard_is_in_the_scrape() throws IOException {
        Account owner = register();
        owner.api().get("/releases").expect(200);
        Set<String> exposed = exposedAfterGc();

        Set<String> inRules = new TreeSet<>();
        for (String expr : alertExpressions()) {
            inRules.addAll(PromQl.metricNames(expr));
        }
        Set<String> inDashboard = new TreeSet<>();
        for (String expr : dashboardExpressions()) {
            inDashboard.addAll(PromQl.metricNames(expr));
        }

        assertThat(inRules).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "hikaricp_connections_pending", "soundport_delivery_attempts_seconds_count",
                "soundport_webhook_attempts_seconds_count");
        assertThat(inDashboard).contains("jvm_memory_used_bytes", "soundport_queue_depth",
                "soundport_queue_oldest_age_seconds", "hikaricp_connections_active");
        Set<String> named = new TreeSet<>(inRules);
        named.addAll(inDashboard);
        named.removeIf(name -> !onPostgres() && name.startsWith("hikaricp_"));
        assertThat(exposed).as("metrics the rules and the dashboard name").containsAll(named);
    }

    /** The metric names of a scrape, once a garbage collection has been measured (the GC pause timer starts then). */
    private static Set<String> exposedAfterGc() {
        Set<String> names = new TreeSet<>();
        for (int attempt = 0; attempt < 50 && !names.contains("jvm_gc_pause_seconds_sum"); attempt++) {
            System.gc();
            names.clear();
            Matcher m = SAMPLE.matcher(api.get("/metrics").expect(200).body());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(OBSERVABILITY.resolve("prometheus-alerts.yml")));
        List<String> exprs = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            assertThat(group.get("name")).isNotNull();
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                assertThat(rule).containsKeys("alert", "expr", "for", "labels", "annotations");
                assertThat((Map<String, Object>) rule.get("labels")).containsKey("severity");
                assertThat(PromQl.balanced((String) rule.get("expr"))).as("brackets of %s", rule.get("alert")).isTrue();
                exprs.add((String) rule.get("expr"));
            }
        }
        assertThat(exprs).hasSizeGreaterThanOrEqualTo(5);
        return exprs;
    }

    static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = Api.JSON.readTree(OBSERVABILITY.resolve("grafana-dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                assertThat(PromQl.balanced(expr)).as("brackets of %s", panel.path("title").asText()).isTrue();
                exprs.add(expr);
            }
        }
        assertThat(exprs).hasSizeGreaterThan(10);
        return exprs;
    }

    @Test
    void a_request_forwarded_by_a_proxy_is_refused_even_from_loopback() {
        api.with("X-Forwarded-For", "203.0.113.9").get("/metrics").error(403, "AUTHORIZATION_ERROR");
        api.with("Forwarded", "for=203.0.113.9").get("/metrics").error(403, "AUTHORIZATION_ERROR");
    }

    @Test
    void a_client_on_another_address_than_loopback_is_refused() throws SocketException {
        Optional<InetAddress> own = ownNonLoopbackAddress();
        assumeTrue(own.isPresent(), "this machine has no address but loopback");
        Api remote = new Api(URI.create("http://" + own.get().getHostAddress() + ":" + server.getPort()));

        remote.get("/metrics").error(403, "AUTHORIZATION_ERROR");
        assertThat(remote.get("/health/liveness").status()).as("the server answers on that address").isEqualTo(200);
    }

    private static Optional<InetAddress> ownNonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Just enough PromQL to name the metrics of an expression and to catch an unbalanced bracket. */
    static final class PromQl {
        private static final Set<String> WORDS = Set.of("by", "without", "and", "or", "unless", "on", "ignoring",
                "group_left", "group_right", "bool", "offset", "inf", "nan");
        private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

        private PromQl() {
        }

        static Set<String> metricNames(String expr) {
            String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")   // strings
                    .replaceAll("\\{[^}]*}", " ")                                  // label matchers
                    .replaceAll("\\[[^]]*]", " ")                                  // ranges
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                    .replaceAll("\\$\\w+", " ");                                   // Grafana variables
            Set<String> names = new TreeSet<>();
            Matcher m = IDENTIFIER.matcher(bare);
            while (m.find()) {
                String word = m.group();
                int next = m.end();
                while (next < bare.length() && bare.charAt(next) == ' ') {
                    next++;
                }
                boolean function = next < bare.length() && bare.charAt(next) == '(';
                boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
                if (!function && !number && !WORDS.contains(word.toLowerCase())) {
                    names.add(word);
                }
            }
            return names;
        }

        static boolean balanced(String expr) {
            int round = 0;
            int curly = 0;
            int square = 0;
            for (char c : expr.toCharArray()) {
                round += c == '(' ? 1 : c == ')' ? -1 : 0;
                curly += c == '{' ? 1 : c == '}' ? -1 : 0;
                square += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (round < 0 || curly < 0 || square < 0) {
                    return false;
                }
            }
            return round == 0 && curly == 0 && square == 0;
        }
    }
}
