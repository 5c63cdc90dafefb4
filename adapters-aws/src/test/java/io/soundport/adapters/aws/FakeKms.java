package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * KMS's {@code GenerateDataKey} and {@code Decrypt} (JSON 1.1, {@code TrentService.*}) over real cryptography: each
 * key is a random AES key held here; a data key is encrypted under it with the encryption context as associated
 * data, so, as on KMS, a blob opens only under its own key and its own context ({@code InvalidCiphertextException}
 * otherwise), and a blob of another key than the one named is {@code IncorrectKeyException}. The blob is
 * {@code length of the key id (1 byte) || key id || nonce (12) || encrypted data key || tag (16)}.
 */
final class FakeKms implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-kms";
    static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String OTHER_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = Map.of(KEY, randomKey(), OTHER_KEY, randomKey());

    static MappingBuilder operation(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService." + operation));
    }

    static MappingBuilder both() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", com.github.tomakehurst.wiremock.client.WireMock
                .matching("TrentService\\.(GenerateDataKey|Decrypt)"))
                .willReturn(new ResponseDefinitionBuilder().withTransformers(NAME));
    }

    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        JsonNode request = AwsStubs.json(serveEvent.getRequest().getBodyAsString());
        String target = serveEvent.getRequest().getHeader("X-Amz-Target");
        try {
            ObjectNode response = target.endsWith(".GenerateDataKey") ? generateDataKey(request) : decrypt(request);
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(response.toString()).build();
        } catch (KmsError e) {
            return error(400, e.getMessage(), "refused by the fake KMS").build();
        }
    }

    private ObjectNode generateDataKey(JsonNode request) throws KmsError {
        String keyId = request.path("KeyId").asText();
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new KmsError("NotFoundException");
        }
        if (!"AES_256".equals(request.path("KeySpec").asText())) {
            throw new KmsError("ValidationException");
        }
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, context(request), dataKey, 0, dataKey.length);
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        byte[] blob = ByteBuffer.allocate(1 + id.length + 12 + sealed.length).put((byte) id.length).put(id)
                .put(nonce).put(sealed).array();
        ObjectNode response = AwsStubs.JSON.createObjectNode();
        response.put("CiphertextBlob", Base64.getEncoder().encodeToString(blob));
        response.put("KeyId", keyId);
        response.put("Plaintext", Base64.getEncoder().encodeToString(dataKey));
        return response;
    }

    private ObjectNode decrypt(JsonNode request) throws KmsError {
        byte[] blob = Base64.getDecoder().decode(request.path("CiphertextBlob").asText());
        int idLength = blob.length == 0 ? 0 : Byte.toUnsignedInt(blob[0]);
        if (blob.length < 1 + idLength + 12 + 16) {
            throw new KmsError("InvalidCiphertextException");
        }
        String keyId = new String(blob, 1, idLength, StandardCharsets.UTF_8);
        if (request.hasNonNull("KeyId") && !request.get("KeyId").asText().equals(keyId)) {
            throw new KmsError(keys.containsKey(keyId) ? "IncorrectKeyException" : "InvalidCiphertextException");
        }
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new KmsError("InvalidCiphertextException");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(blob, 1 + idLength, 1 + idLength + 12);
        int sealedAt = 1 + idLength + 12;
        byte[] dataKey = crypt(Cipher.DECRYPT_MODE, key, nonce, context(request), blob, sealedAt,
                blob.length - sealedAt);
        ObjectNode response = AwsStubs.JSON.createObjectNode();
        response.put("KeyId", keyId);
        response.put("Plaintext", Base64.getEncoder().encodeToString(dataKey));
        response.put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        return response;
    }

    /** The encryption context in a canonical form: its pairs sorted by name. */
    private static byte[] context(JsonNode request) {
        Map<String, String> sorted = new TreeMap<>();
        request.path("EncryptionContext").fields().forEachRemaining(f -> sorted.put(f.getKey(), f.getValue().asText()));
        return sorted.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] input, int offset,
                                int length) throws KmsError {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new KmsError("InvalidCiphertextException");
        }
    }

    private static SecretKeySpec randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    /** An error KMS answers, its type as the message. */
    private static final class KmsError extends Exception {
        KmsError(String type) {
            super(type, null, false, false);
        }
    }
}
