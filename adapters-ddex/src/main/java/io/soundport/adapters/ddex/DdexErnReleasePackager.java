package io.soundport.adapters.ddex;

import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryPackage.PackageFile;
import io.soundport.domain.distribution.ReleasePackager;

import java.util.ArrayList;
import java.util.List;

/**
 * Packages a release as DDEX ERN 4.3 in the folder named by its UPC: the {@link ErnMessage} as
 * {@code <messageId>.xml}, for a delivery the media files it references under {@code resources/} (read from their
 * store only when sent: their sizes and checksums are the stored assets'), and the {@value DeliveryManifest#FILE_NAME}
 * that lists every other file with its size, SHA-256 and MD5. Stateless and thread-safe.
 */
public final class DdexErnReleasePackager implements ReleasePackager {

    @Override
    public DeliveryPackage pack(Contents contents) {
        ErnMessage ern = ErnMessage.of(contents);
        byte[] xml = ern.bytes();
        List<PackageFile> files = new ArrayList<>();
        List<DeliveryManifest.Entry> listed = new ArrayList<>();
        files.add(PackageFile.of(ern.fileName(), xml));
        listed.add(DeliveryManifest.Entry.of(ern.fileName(), xml));
        for (ErnMessage.Resource resource : ern.resources()) {
            files.add(new PackageFile(resource.path(), resource.asset().size(), resource.file().source()));
            listed.add(DeliveryManifest.Entry.of(resource.path(), resource.asset()));
        }
        files.add(PackageFile.of(DeliveryManifest.FILE_NAME, DeliveryManifest.build(ern.messageId(), ern.kind(),
                contents.release(), listed, contents.createdAt())));
        // ErnMessage refuses a release without a UPC, so there is one to name the folder
        return new DeliveryPackage(ern.messageId(), ern.kind(), contents.batchId(),
                contents.release().upc().value(), files);
    }
}
