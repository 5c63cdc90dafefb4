package io.soundport.resilience;

import io.soundport.domain.shared.DomainException;
import okhttp3.Headers;
import okhttp3.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A provider's answer as an {@link AnswerReader} sees it: the status, the headers, and the body, open only while the
 * reader runs ({@link ProviderCalls} closes it after).
 */
public final class Answer {
    /** The most {@link #bytes()} reads: an answer larger than this is not what any provider we call sends. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final String provider;
    private final Response response;

    Answer(String provider, Response response) {
        this.provider = provider;
        this.response = response;
    }

    public int status() {
        return response.code();
    }

    /** The last value of that header, or null. */
    public String header(String name) {
        return response.header(name);
    }

    public Headers headers() {
        return response.headers();
    }

    /** The body as it arrives, for a reader that streams. */
    public InputStream body() {
        return response.body().byteStream();
    }

    /** The whole body; more than {@value #MAX_BYTES} bytes is an INTEGRATION_ERROR naming the provider. */
    public byte[] bytes() throws IOException {
        byte[] bytes = body().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw DomainException.integration(provider + " answered a body larger than " + MAX_BYTES + " bytes");
        }
        return bytes;
    }

    /** The whole body as UTF-8 text (the providers we call answer JSON). */
    public String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
