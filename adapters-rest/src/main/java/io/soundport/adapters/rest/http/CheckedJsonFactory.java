package io.soundport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.jackson.ObjectMapperFactory;
import jakarta.inject.Singleton;

import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The JSON factory of the server's object mapper: every parser it makes checks each string, key and nesting level
 * as it reads them ({@link TextInput}), whatever type the value is bound to (a record field, a free-form map), so
 * that no operation, present or future, can take text that a store refuses.
 */
final class CheckedJsonFactory extends JsonFactory {

    CheckedJsonFactory() {
        super();
    }

    private CheckedJsonFactory(CheckedJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new CheckedJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(in, ctxt));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(r, ctxt));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        return new CheckedParser(super._createParser(data, offset, len, ctxt, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(data, offset, len, ctxt));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(input, ctxt));
    }

    /** Replaces the factory Micronaut would make, so that its object mapper reads through this one. */
    @Factory
    static final class Beans {
        @Singleton
        @Replaces(value = JsonFactory.class, factory = ObjectMapperFactory.class)
        JsonFactory jsonFactory() {
            return new CheckedJsonFactory();
        }
    }

    /** A string, key or nesting level of a body that this API does not take; the field named as the client sent it. */
    static final class RefusedJsonException extends JsonProcessingException {
        private final String field;
        private final String reason;

        RefusedJsonException(String field, String reason, JsonParser parser) {
            super("Invalid " + field + ": " + reason, parser.currentLocation());
            this.field = field;
            this.reason = reason;
        }

        String field() {
            return field;
        }

        String reason() {
            return reason;
        }
    }

    /**
     * Checks the tokens as they are read. Every other {@code next...} method of a parser reads through
     * {@link #nextToken()}, which the delegate does not forward past this class.
     */
    private static final class CheckedParser extends JsonParserDelegate {
        CheckedParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return check(super.nextToken());
        }

        /** Reads past a key without a {@code FIELD_NAME} token of its own: checks the key of the value's holder. */
        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = super.nextValue();
            if (token != null && !token.isStructEnd()) {
                JsonStreamContext context = delegate.getParsingContext();
                checkKey(token.isStructStart() ? context.getParent() : context);
            }
            return check(token);
        }

        private JsonToken check(JsonToken token) throws IOException {
            if (token == null) {
                return null;
            }
            JsonStreamContext context = delegate.getParsingContext();
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (context.getNestingDepth() > TextInput.MAX_NESTING) {
                        throw new RefusedJsonException(path(context.getParent()),
                                "must not nest deeper than " + TextInput.MAX_NESTING + " levels", delegate);
                    }
                }
                case FIELD_NAME -> checkKey(context);
                case VALUE_STRING -> {
                    String problem = TextInput.problem(delegate.getText(), names(context));
                    if (problem != null) {
                        throw new RefusedJsonException(path(context), problem, delegate);
                    }
                }
                default -> {
                }
            }
            return token;
        }

        /** The current key of an object; refused under the object's own name. */
        private void checkKey(JsonStreamContext object) throws IOException {
            String key = object == null || !object.inObject() ? null : object.getCurrentName();
            String problem = key == null ? null : TextInput.problem(key);
            if (problem != null) {
                throw new RefusedJsonException(path(object.getParent()), "a key " + problem, delegate);
            }
        }

        /** {@code tracks[1].title}; {@code body} for the body itself. */
        private static String path(JsonStreamContext context) {
            Deque<String> steps = new ArrayDeque<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    steps.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    steps.push("." + c.getCurrentName());
                }
            }
            String path = String.join("", steps);
            return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
        }

        private static List<String> names(JsonStreamContext context) {
            List<String> names = new ArrayList<>();
            for (JsonStreamContext c = context; c != null; c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    names.add(c.getCurrentName());
                }
            }
            return names;
        }
    }
}
