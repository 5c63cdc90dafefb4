package io.soundport.sdk;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK's public surface names no type of OkHttp, Jackson or Kotlin, so that they stay replaceable; the one exception
 * is {@code SoundportClient.Builder.httpClient(OkHttpClient)}.
 */
class PublicApiTest {
    private static final List<String> FOREIGN = List.of("okhttp3.", "okio.", "com.fasterxml.", "kotlin.");

    @Test
    void no_public_signature_exposes_okhttp_or_jackson() throws Exception {
        List<Class<?>> types = publicTypes();
        assertThat(types).hasSizeGreaterThan(40);
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            List<Type> exposed = new ArrayList<>();
            exposed.add(type.getGenericSuperclass());
            exposed.addAll(List.of(type.getGenericInterfaces()));
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers())) {
                    exposed.add(m.getGenericReturnType());
                    addSignature(m, exposed);
                }
            }
            for (var c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    addSignature(c, exposed);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    exposed.add(f.getGenericType());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    exposed.add(rc.getGenericType());
                }
            }
            if (type == SoundportClient.Builder.class) {
                // the one escape hatch: proxies, TLS and interceptors without an SDK type for each
                exposed.remove(OkHttpClient.class);
            }
            for (Type t : exposed) {
                if (t != null && FOREIGN.stream().anyMatch(p -> t.getTypeName().contains(p))) {
                    leaks.add(type.getName() + " exposes " + t.getTypeName());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void every_public_type_lives_under_io_soundport_sdk() throws Exception {
        assertThat(publicTypes()).allSatisfy(t -> assertThat(t.getName()).startsWith("io.soundport.sdk"));
    }

    private static void addSignature(Executable e, List<Type> exposed) {
        exposed.addAll(List.of(e.getGenericParameterTypes()));
        exposed.addAll(List.of(e.getGenericExceptionTypes()));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    static List<Class<?>> publicTypes() throws Exception {
        Path classes = Path.of(SoundportClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())
                        && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
                    types.add(type);
                }
            }
        }
        return types;
    }
}
