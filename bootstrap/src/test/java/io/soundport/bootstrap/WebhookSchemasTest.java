package io.soundport.bootstrap;

import io.soundport.adapters.json.JsonEventPayloads;
import io.soundport.domain.publishing.EventCatalog;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook body schemas of the OpenAPI document (adapters-rest's {@code webhooks.yml}) against the payloads
 * adapters-json publishes: each event type's {@code data} schema names exactly the fields of its example, so a field
 * added to a payload fails here until the document says it too.
 */
class WebhookSchemasTest {
    private static final String DOCUMENT = "META-INF/swagger/soundport-api-v1.yml";
    private static final String SCHEMAS = "#/components/schemas/";

    @Test
    void every_event_type_s_data_schema_has_the_fields_of_its_published_payload() throws IOException {
        Map<String, Object> schemas = schemas();
        JsonEventPayloads payloads = new JsonEventPayloads();
        int checked = 0;
        for (Map.Entry<String, Object> schema : schemas.entrySet()) {
            String name = schema.getKey();
            if (!name.endsWith("WebhookEvent") || name.equals("WebhookEvent")) {
                continue;
            }
            Map<String, Object> properties = map(map(schema.getValue()).get("properties"));
            assertThat(properties).as(name).containsOnlyKeys("id", "type", "timestamp", "data");
            String dataRef = (String) map(properties.get("data")).get("$ref");
            Map<String, Object> dataFields = map(map(schemas.get(dataRef.substring(SCHEMAS.length()))).get("properties"));
            for (Object type : (List<?>) map(properties.get("type")).get("enum")) {
                Map<String, Object> example = payloads.exampleOf((String) type).orElseThrow();
                assertThat(dataFields.keySet()).as(type + " in " + name).containsExactlyInAnyOrderElementsOf(example.keySet());
                checked++;
            }
        }
        assertThat(checked).as("every event type checked").isEqualTo(EventCatalog.all().size());
    }

    private static Map<String, Object> schemas() throws IOException {
        try (InputStream in = WebhookSchemasTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT).isNotNull();
            Map<String, Object> document = new Yaml().load(in);
            return map(map(document.get("components")).get("schemas"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
