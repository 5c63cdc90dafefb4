package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Malformed requests for one operation of the OpenAPI document, built from its path and query parameters and its
 * request-body schema: a valid base request (real ids in the path, a body made of plausible values) and, from it,
 * one request per malformed value in one place. Deterministic: the same document and seed give the same requests.
 */
final class MalformedRequests {
    /** Bodies go out with every non-ASCII character escaped, so lone surrogates travel as {@code \ud800}. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings no text field should take (control characters, noncharacters, lone surrogates) or choke on. */
    static final List<String> BAD_STRINGS = List.of("a\u0000b", "\u0000", "a\u0001b", "a\u001fb", "a\u007fb",
            "a\bb", "a\u001b[31mb", "a\nb", "a\r\nb", "a\tb", "\ud800", "a\udc00b", "\ufffe", "\uffff",
            "\ufeffbom", "\u202eevil", "\uD83D\uDE00", "e\u0301", "\u00a0", "\u2028", "", "   ",
            "' OR '1'='1", "%00", "${jndi:ldap://x}", "x".repeat(100_000));
    /** Query and path values, already percent-encoded: raw control bytes, invalid UTF-8, surrogates, sizes. */
    static final List<String> BAD_PARAMETERS = List.of("%00", "a%00b", "%01", "a%1Fb", "%7F", "a%0Ab", "%09",
            "%FF", "%C0%80", "%ED%A0%80", "%EF%BF%BE", "%E2%80%AE", "%F0%9F%98%80", "%25", "%20", "-1", "0",
            "99999999999999999999", "1e3", "abc", "%27%20OR%20%271%27%3D%271", "x".repeat(3000));
    /**
     * The values every place gets, whatever the sample: the guarantee that matters most (control characters and
     * lone surrogates refused, deep nesting bounded) is checked at every place of every operation.
     */
    private static final Set<String> ESSENTIAL = Set.of("a\u0000b", "a\u001fb", "a\u007fb", "\ud800", "%00", "a%1Fb",
            "%7F", "%ED%A0%80", "nested 33 deep", "1e400", "123456789012345678901234567890123456789");
    private static final List<String> BAD_NUMBERS = List.of("-1", "0", "2147483648", "9223372036854775808",
            "1e308", "1e400", "-1e400", "1.5", "\"12\"", "NaN", "123456789012345678901234567890123456789");
    private static final List<String> RAW_BODIES = List.of("", "{", "{\"a\":}", "[]", "null", "\"text\"", "42",
            "{\"a\":1}}", "{'a':1}", "{\"a\":1,}", "/* c */ {}", "{\"a\":NaN}", "{\"a\":\"\\u0000\"}",
            "{\"a\":\"\\ud800\"}", "[".repeat(5000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));

    private MalformedRequests() {
    }

    /** One request of the fuzz: what it changes (for the report) and what is sent. */
    record Probe(String label, String method, String path, Map<String, String> headers, byte[] body,
                 String contentType) {
    }

    /** One operation of the document. */
    record Operation(String method, String template, JsonNode spec) {
        String name() {
            return method + " " + template;
        }
    }

    /** Every operation of the document, in its order. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "put", "post", "patch", "delete", "head", "options", "trace").contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    /**
     * The malformed requests of one operation: every essential one, and a sample of the others (fixed by the seed)
     * up to {@code perOperation}.
     *
     * @param pathValues the real id to put in each path parameter, by its template segment ({@code apps/{app_id}})
     * @param baseValue  a plausible value of a body field by its name; null for a generic one
     */
    static List<Probe> of(JsonNode document, Operation operation, Map<String, String> pathValues,
                          Function<String, JsonNode> baseValue, long seed, int perOperation) {
        Random random = new Random(seed ^ operation.name().hashCode());
        Builder b = new Builder(document, operation, pathValues, baseValue, random);
        b.pathParameters();
        b.queryParameters();
        b.body();
        b.headers();
        List<Probe> chosen = new ArrayList<>(b.essential);
        List<Probe> others = new ArrayList<>(b.others);
        Collections.shuffle(others, random);
        chosen.addAll(others.subList(0, Math.min(others.size(), Math.max(0, perOperation - chosen.size()))));
        return chosen;
    }

    private static final class Builder {
        private final JsonNode document;
        private final Operation operation;
        private final Map<String, String> path = new LinkedHashMap<>();
        private final Function<String, JsonNode> baseValue;
        private final Random random;
        private final List<Probe> essential = new ArrayList<>();
        private final List<Probe> others = new ArrayList<>();
        private final JsonNode bodySchema;

        Builder(JsonNode document, Operation operation, Map<String, String> pathValues,
                Function<String, JsonNode> baseValue, Random random) {
            this.document = document;
            this.operation = operation;
            this.baseValue = baseValue;
            this.random = random;
            String[] segments = operation.template().split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    path.put(segments[i], pathValues.getOrDefault(segments[i - 1] + "/" + segments[i], "unknown_01"));
                }
            }
            JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json")
                    .path("schema");
            this.bodySchema = schema.isMissingNode() ? null : resolve(schema);
        }

        private String url(Map<String, String> pathOverride, String query) {
            String url = operation.template();
            for (Map.Entry<String, String> p : path.entrySet()) {
                url = url.replace(p.getKey(), pathOverride.getOrDefault(p.getKey(), p.getValue()));
            }
            return query == null ? url : url + "?" + query;
        }

        private byte[] baseBody() {
            return bodySchema == null ? null : bytes(sample(bodySchema, null));
        }

        private void add(String label, String url, Map<String, String> headers, byte[] body, String contentType) {
            others.add(new Probe(label, operation.method(), url, headers, body, contentType));
        }

        private void add(String label, String url, byte[] body) {
            add(label, url, Map.of(), body, body == null ? null : "application/json");
        }

        /** A probe of this value; an essential one whatever the sample when the value is. */
        private void add(String value, String label, String url, byte[] body) {
            Probe probe = new Probe(label, operation.method(), url, Map.of(), body, body == null ? null : "application/json");
            (ESSENTIAL.contains(value) ? essential : others).add(probe);
        }

        void pathParameters() {
            for (String parameter : path.keySet()) {
                for (String bad : BAD_PARAMETERS) {
                    add(bad, "path " + parameter + "=" + shorten(bad), url(Map.of(parameter, bad), null), baseBody());
                }
                String real = path.get(parameter);
                add("path " + parameter + " lower-case", url(Map.of(parameter, real.toLowerCase()), null), baseBody());
                add("path " + parameter + " with a NUL after it", url(Map.of(parameter, real + "%00"), null), baseBody());
            }
        }

        void queryParameters() {
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : operation.spec().path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    names.add(parameter.path("name").asText());
                }
            }
            names.add("unknown_parameter");
            for (String name : names) {
                for (String bad : BAD_PARAMETERS) {
                    add(bad, "query " + name + "=" + shorten(bad), url(Map.of(), name + "=" + bad), baseBody());
                }
            }
            if (!names.isEmpty()) {
                add("query with a NUL in a name", url(Map.of(), names.get(0) + "%00=1"), baseBody());
                add("query repeated", url(Map.of(), names.get(0) + "=1&" + names.get(0) + "=%00"), baseBody());
            }
        }

        void body() {
            boolean takesBody = bodySchema != null;
            for (String raw : RAW_BODIES) {
                add("raw body " + shorten(raw), url(Map.of(), null), raw.getBytes(StandardCharsets.UTF_8));
            }
            byte[] base = takesBody ? baseBody() : "{}".getBytes(StandardCharsets.UTF_8);
            add("no body", url(Map.of(), null), Map.of(), null, null);
            add("body as text/plain", url(Map.of(), null), Map.of(), base, "text/plain");
            add("body as XML", url(Map.of(), null), Map.of(), "<a>1</a>".getBytes(StandardCharsets.UTF_8),
                    "application/xml");
            add("body as a form", url(Map.of(), null), Map.of(), "a=%00".getBytes(StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded");
            add("body in latin-1", url(Map.of(), null), Map.of(), base, "application/json; charset=ISO-8859-1");
            add("body with invalid UTF-8", url(Map.of(), null), Map.of(), concat(new byte[]{'{', '"', 'a', '"', ':', '"',
                    (byte) 0xC3, (byte) 0x28, '"', '}'}), "application/json");
            add("body with a byte-order mark", url(Map.of(), null), Map.of(),
                    concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, base), "application/json");
            add("body of 2 MB", url(Map.of(), null), ("{\"a\":\"" + "x".repeat(2_000_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            if (!takesBody) {
                return;
            }
            String text = new String(base, StandardCharsets.UTF_8);
            add("body truncated", url(Map.of(), null), text.substring(0, text.length() / 2)
                    .getBytes(StandardCharsets.UTF_8));
            JsonNode sample = sample(bodySchema, null);
            for (String where : leaves(sample, "")) {
                mutate(sample, where);
            }
        }

        /** Every malformed value of its kind at one place of the base body. */
        private void mutate(JsonNode sample, String where) {
            JsonNode original = at(sample, where);
            List<Map.Entry<String, String>> values = new ArrayList<>();
            if (original.isTextual()) {
                BAD_STRINGS.forEach(s -> values.add(Map.entry(s, json(s))));
            } else if (original.isNumber()) {
                BAD_NUMBERS.forEach(n -> values.add(Map.entry(n, n)));
            } else if (original.isArray()) {
                values.add(Map.entry("[]", "[]"));
                values.add(Map.entry("[null]", "[null]"));
                values.add(Map.entry("10000 items", "[" + "\"x\",".repeat(9_999) + "\"x\"]"));
                values.add(Map.entry("nested arrays", "[".repeat(100) + "]".repeat(100)));
            } else if (original.isObject()) {
                values.add(Map.entry("nested 20 deep", nested(20)));
                values.add(Map.entry("nested 33 deep", nested(33)));
                values.add(Map.entry("nested 200 deep", nested(200)));
                values.add(Map.entry("5000 keys", manyKeys(5000)));
                values.add(Map.entry("a key with a NUL", "{\"a\\u0000b\":1}"));
                values.add(Map.entry("a 300 kB value", "{\"a\":\"" + "x".repeat(300_000) + "\"}"));
            }
            values.add(Map.entry("true", "true"));
            values.add(Map.entry("{}", "{}"));
            values.add(Map.entry("null", "null"));
            values.add(Map.entry(original.isTextual() ? "12345" : "\"text\"", original.isTextual() ? "12345" : "\"x\""));
            String marker = "__fuzz_" + random.nextInt(1_000_000) + "__";
            for (Map.Entry<String, String> value : values) {
                // a fresh base each time: a value that succeeds must not make the next one a conflict
                JsonNode copy = sample(bodySchema, null);
                replace(copy, where, NODES.textNode(marker));
                String template = new String(bytes(copy), StandardCharsets.UTF_8);
                add(value.getKey(), "body " + where + "=" + shorten(value.getKey()), url(Map.of(), null),
                        template.replace("\"" + marker + "\"", value.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        }

        void headers() {
            byte[] body = baseBody();
            List<Map.Entry<String, String>> headers = List.of(Map.entry("If-Match", "abc"),
                    Map.entry("If-Match", "\"abc\""), Map.entry("If-Match", "\"99999999999999999999\""),
                    Map.entry("If-Match", "\"-1\""), Map.entry("If-Match", "W/\"0\""), Map.entry("If-Match", ","),
                    Map.entry("If-Match", "\"1\", \"2\""), Map.entry("If-None-Match", "garbage"),
                    Map.entry("If-None-Match", "*"), Map.entry("Idempotency-Key", ""),
                    Map.entry("Idempotency-Key", "k".repeat(300)), Map.entry("Idempotency-Key", "a b\tc"),
                    Map.entry("Accept", "application/xml"), Map.entry("Accept", "*/*;q=abc"),
                    Map.entry("Content-Type", "application/json; charset=nonsense"),
                    Map.entry("X-Request-Id", "<script>"), Map.entry("Authorization", "Bearer"),
                    Map.entry("Authorization", "Bearer a.b.c"), Map.entry("Authorization", "Basic Zm9vOmJhcg=="),
                    Map.entry("X-API-Key", "sp_live_" + "0".repeat(40)));
            for (Map.Entry<String, String> header : headers) {
                add("header " + header.getKey() + ": " + shorten(header.getValue()), url(Map.of(), null),
                        Map.of(header.getKey(), header.getValue()), body, body == null ? null : "application/json");
            }
        }

        // ---- the base body, from the schema

        private JsonNode resolve(JsonNode schema) {
            JsonNode s = schema;
            while (s.has("$ref")) {
                String name = s.path("$ref").asText().substring("#/components/schemas/".length());
                s = document.path("components").path("schemas").path(name);
            }
            return s;
        }

        private JsonNode sample(JsonNode schema, String name) {
            JsonNode known = name == null ? null : baseValue.apply(name);
            if (known != null) {
                return known.deepCopy();
            }
            JsonNode s = resolve(schema);
            if (s.has("enum")) {
                return s.path("enum").get(0).deepCopy();
            }
            if (s.has("example") && s.path("example").isTextual()) {
                return s.path("example").deepCopy();
            }
            switch (s.path("type").asText("object")) {
                case "string" -> {
                    return NODES.textNode("fuzz");
                }
                case "integer", "number" -> {
                    return NODES.numberNode(1);
                }
                case "boolean" -> {
                    return NODES.booleanNode(true);
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    array.add(sample(s.path("items"), null));
                    return array;
                }
                default -> {
                    ObjectNode object = NODES.objectNode();
                    s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            sample(p.getValue(), p.getKey())));
                    return object;
                }
            }
        }

        private static String nested(int depth) {
            return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        }

        private static String manyKeys(int count) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < count; i++) {
                sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
            }
            return sb.append('}').toString();
        }
    }

    // ---- JSON paths of the form a.b[0].c

    /** Every place of a tree (objects' fields, the first element of arrays), parents before children. */
    static List<String> leaves(JsonNode node, String prefix) {
        List<String> places = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String here = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                places.add(here);
                places.addAll(leaves(field.getValue(), here));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String here = prefix + "[0]";
            places.add(here);
            places.addAll(leaves(node.get(0), here));
        }
        return places;
    }

    private static JsonNode at(JsonNode root, String where) {
        JsonNode node = root;
        for (String step : steps(where)) {
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
        }
        return node;
    }

    private static void replace(JsonNode root, String where, JsonNode value) {
        List<String> steps = steps(where);
        JsonNode parent = root;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.startsWith("[") ? parent.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : parent.get(step);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static List<String> steps(String where) {
        List<String> steps = new ArrayList<>();
        for (String part : where.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                for (String index : part.substring(bracket).split("(?=\\[)")) {
                    steps.add(index);
                }
            }
        }
        return steps;
    }

    // ---- bytes

    static String json(String text) {
        try {
            return ESCAPING.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return ESCAPING.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** A value as the report shows it: escaped, and cut when long. */
    static String shorten(String value) {
        String escaped = json(value);
        escaped = escaped.substring(1, escaped.length() - 1);
        return escaped.length() > 40 ? escaped.substring(0, 20) + "…(" + value.length() + " chars)" : escaped;
    }
}
