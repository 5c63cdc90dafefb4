package io.soundport.sdk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.soundport.sdk.model.WorkflowAction;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one Jackson mapper of the SDK: snake_case on the wire, ISO-8601 dates, unknown fields ignored. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("soundport-workflow")
                    .addSerializer(WorkflowAction.class, new ActionSerializer())
                    .addDeserializer(WorkflowAction.class, new ActionDeserializer()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // an exact decimal is written as it is, 1000.00, never 1.00000E+3
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            // new fields in later server versions must not break older SDKs
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {
    }

    /** A workflow action is one flat object on the wire: {@code {"type": ..., ...params}}, params' names as given. */
    private static final class ActionSerializer extends JsonSerializer<WorkflowAction> {
        @Override
        public void serialize(WorkflowAction action, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("type", action.type());
            for (Map.Entry<String, Object> param : action.params().entrySet()) {
                gen.writeFieldName(param.getKey());
                provider.defaultSerializeValue(param.getValue(), gen);
            }
            gen.writeEndObject();
        }
    }

    /** Reads {@code {"type": ..., ...params}}: every member but {@code type} is a parameter, nulls included. */
    private static final class ActionDeserializer extends JsonDeserializer<WorkflowAction> {
        private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
        };

        @Override
        public WorkflowAction deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LinkedHashMap<String, Object> fields = context.readValue(parser,
                    context.getTypeFactory().constructType(FIELDS));
            Object type = fields.remove("type");
            if (type == null) {
                throw MismatchedInputException.from(parser, WorkflowAction.class, "a workflow action without a type");
            }
            return new WorkflowAction(type.toString(), fields);
        }
    }
}
