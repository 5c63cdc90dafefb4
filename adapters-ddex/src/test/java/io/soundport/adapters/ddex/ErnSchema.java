package io.soundport.adapters.ddex;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ErrorHandler;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The official DDEX ERN 4.3 schema (test resources {@code ddex/ern43/}, the AVS import resolved next to it, never over
 * the network), built once per test class: it is 3.5 MB with the allowed-value sets.
 */
final class ErnSchema {
    private final Schema schema;

    private ErnSchema(Schema schema) {
        this.schema = schema;
    }

    static ErnSchema load() {
        URL xsd = ErnSchema.class.getResource("/ddex/ern43/release-notification.xsd");
        if (xsd == null) {
            throw new IllegalStateException("ddex/ern43/release-notification.xsd is missing from the test resources");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // only the local files: the import is a relative schemaLocation beside the main schema
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new ErnSchema(factory.newSchema(xsd));
        } catch (SAXException e) {
            throw new IllegalStateException("The ERN 4.3 schema does not load", e);
        }
    }

    /** Every error the schema finds in {@code xml} (empty when it is valid). */
    List<String> errors(byte[] xml) {
        return errors(new ByteArrayInputStream(xml));
    }

    /** Every error the schema finds in the test resource {@code path}. */
    List<String> errorsOfResource(String path) {
        try (InputStream in = ErnSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the test resources");
            }
            return errors(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> errors(InputStream in) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(in));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }
}
