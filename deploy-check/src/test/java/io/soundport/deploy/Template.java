package io.soundport.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudFormation template (YAML in long form, or JSON, which is YAML too) read as maps and lists, with the few
 * look-ups the checks need: resources by type, a name written as {@code Fn::Sub} of parameters, a role's statements.
 */
record Template(Map<String, Object> root) {

    static Path repositoryRoot() {
        return Path.of(System.getProperty("soundport.root", "..")).toAbsolutePath().normalize();
    }

    static Template read(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        try {
            return new Template(new Yaml(options).load(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    /** Logical id → properties of every resource of this type. */
    Map<String, Map<String, Object>> ofType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                found.put(id, map(map(resource).getOrDefault("Properties", Map.of())));
            }
        });
        return found;
    }

    /** A name as CloudFormation would make it: a string, or an {@code Fn::Sub} of parameters at their defaults. */
    String name(Object value) {
        if (value instanceof String s) {
            return s;
        }
        Object sub = map(value).get("Fn::Sub");
        if (!(sub instanceof String pattern)) {
            throw new AssertionError("not a literal or an Fn::Sub of parameters: " + value);
        }
        String resolved = pattern;
        for (Map.Entry<String, Object> p : map(root.getOrDefault("Parameters", Map.of())).entrySet()) {
            Object byDefault = map(p.getValue()).get("Default");
            if (byDefault != null) {
                resolved = resolved.replace("${" + p.getKey() + "}", byDefault.toString());
            }
        }
        return resolved;
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} names. */
    static String target(Object value) {
        Map<String, Object> m = map(value);
        if (m.containsKey("Ref")) {
            return (String) m.get("Ref");
        }
        Object att = m.get("Fn::GetAtt");
        if (att instanceof List<?> l) {
            return (String) l.get(0);
        }
        if (att instanceof String s) {
            return s.substring(0, s.indexOf('.'));
        }
        throw new AssertionError("neither Ref nor Fn::GetAtt: " + value);
    }

    /**
     * The statements of a role: its inline policies and every AWS::IAM::Policy attached to it; a statement inside an
     * {@code Fn::If} counts as present (the strictest reading: it may be).
     */
    List<Map<String, Object>> statementsOf(String roleId) {
        List<Object> documents = new ArrayList<>();
        Map<String, Object> role = ofType("AWS::IAM::Role").get(roleId);
        Objects.requireNonNull(role, "no role " + roleId);
        for (Object policy : list(role.getOrDefault("Policies", List.of()))) {
            documents.add(map(policy).get("PolicyDocument"));
        }
        ofType("AWS::IAM::Policy").values().forEach(policy -> {
            if (list(policy.get("Roles")).stream().anyMatch(r -> roleId.equals(target(r)))) {
                documents.add(policy.get("PolicyDocument"));
            }
        });
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object document : documents) {
            for (Object statement : list(map(document).get("Statement"))) {
                Map<String, Object> s = map(statement);
                if (s.containsKey("Fn::If")) {
                    s = map(list(s.get("Fn::If")).get(1));
                }
                statements.add(s);
            }
        }
        return statements;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }

    /** A list, or a single value as a list of one (IAM's Action and Resource may be either). */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? (List<Object>) l : List.of(value);
    }
}
