package io.soundport.adapters.ddex;

import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.ReleasePackager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packages a release as DDEX ERN 4.3: the {@link ErnMessage} as {@code <messageId>.xml} and the
 * {@value DeliveryManifest#FILE_NAME} that lists it with its size and SHA-256. Stateless and thread-safe.
 */
public final class DdexErnReleasePackager implements ReleasePackager {

    @Override
    public DeliveryPackage pack(Contents contents) {
        ErnMessage ern = ErnMessage.of(contents);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ern.fileName(), ern.bytes());
        files.put(DeliveryManifest.FILE_NAME, DeliveryManifest.build(ern.messageId(), ern.kind(), contents.release(),
                files, contents.createdAt()));
        return new DeliveryPackage(ern.messageId(), ern.kind(), files);
    }
}
