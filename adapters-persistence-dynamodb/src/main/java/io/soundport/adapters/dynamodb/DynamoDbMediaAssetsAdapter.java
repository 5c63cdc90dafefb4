package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaKind;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A media asset is {@code ORG#<org> / ASSET#<kind>#<subject id>} in the entities table; the assets of a release are
 * found on {@code lsi1} ({@code ASSETOFRELEASE#<release>#<kind>#<subject id>}, absent for a track on no release).
 * A put or a remove reads the item it replaces, and writes on the condition that it is still the one read (its blob
 * key, or its absence): two requests replacing the same asset at once cannot both claim to have replaced the same
 * one; the loser fails with CONFLICT and keeps nothing.
 */
final class DynamoDbMediaAssetsAdapter implements MediaAssets {
    private static final String ASSET = "ASSET#";
    private static final String OF_RELEASE = "ASSETOFRELEASE#";
    private static final String STILL_THE_SAME = "attribute_exists(pk) AND #blobKey = :blobKey";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbMediaAssetsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, AssetSubject subject) {
        return Keys.key(Keys.org(org.value()), ASSET + subject.kind().name() + "#" + subject.id());
    }

    private static RuntimeException changedMeanwhile(AssetSubject subject) {
        return DomainException.conflict("The " + subject + " was changed by another request meanwhile; try again");
    }

    @Override
    public Optional<MediaAsset> put(MediaAsset asset) {
        Optional<MediaAsset> previous = find(asset.organizationId(), asset.subject());
        db.write(previous.isEmpty()
                ? Write.put(table, item(asset), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.always(() -> changedMeanwhile(asset.subject())))
                : Write.put(table, item(asset), STILL_THE_SAME, Map.of(),
                        Map.of(":blobKey", Attrs.s(previous.get().blobKey())),
                        Conditions.always(() -> changedMeanwhile(asset.subject()))));
        return previous;
    }

    @Override
    public Optional<MediaAsset> find(OrganizationId organizationId, AssetSubject subject) {
        return Optional.ofNullable(db.get(table, key(organizationId, subject))).map(DynamoDbMediaAssetsAdapter::read);
    }

    @Override
    public Optional<MediaAsset> remove(OrganizationId organizationId, AssetSubject subject) {
        Optional<MediaAsset> previous = find(organizationId, subject);
        previous.ifPresent(p -> db.write(Write.delete(table, key(organizationId, subject), STILL_THE_SAME, Map.of(),
                Map.of(":blobKey", Attrs.s(p.blobKey())), Conditions.always(() -> changedMeanwhile(subject)))));
        return previous;
    }

    @Override
    public List<MediaAsset> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()),
                        OF_RELEASE + releaseId.value() + "#")
                .all(db, true).stream().map(DynamoDbMediaAssetsAdapter::read).toList();
    }

    static Map<String, AttributeValue> item(MediaAsset a) {
        Attrs.Item item = new Attrs.Item()
                .put(Keys.PK, Keys.org(a.organizationId().value()))
                .put(Keys.SK, ASSET + a.subject().kind().name() + "#" + a.subject().id())
                .put(Keys.LSI1, a.releaseId() == null ? null
                        : OF_RELEASE + a.releaseId().value() + "#" + a.subject().kind().name() + "#" + a.subject().id())
                .put("organizationId", a.organizationId().value())
                .put("kind", a.subject().kind().name())
                .put("subjectId", a.subject().id())
                .put("releaseId", a.releaseId() == null ? null : a.releaseId().value())
                .put("blobKey", a.blobKey())
                .put("contentType", a.contentType())
                .put("size", a.size())
                .put("sha256", a.sha256())
                .put("md5", a.md5())
                .put("codec", a.facts().codec())
                .put("uploadedAt", a.uploadedAt());
        if (a.facts() instanceof MediaFacts.Audio audio) {
            item.put("sampleRate", (long) audio.sampleRate())
                    .put("bitDepth", (long) audio.bitDepth())
                    .put("channels", (long) audio.channels())
                    .put("durationMs", audio.durationMs());
        } else if (a.facts() instanceof MediaFacts.Image image) {
            item.put("width", (long) image.width()).put("height", (long) image.height());
        }
        return item.build();
    }

    static MediaAsset read(Map<String, AttributeValue> item) {
        MediaKind kind = MediaKind.valueOf(Attrs.required(item, "kind"));
        String codec = Attrs.required(item, "codec");
        MediaFacts facts = kind == MediaKind.AUDIO
                ? new MediaFacts.Audio(codec, (int) Attrs.num(item, "sampleRate"), (int) Attrs.num(item, "bitDepth"),
                        (int) Attrs.num(item, "channels"), Attrs.num(item, "durationMs"))
                : new MediaFacts.Image(codec, (int) Attrs.num(item, "width"), (int) Attrs.num(item, "height"));
        String release = Attrs.str(item, "releaseId");
        return new MediaAsset(OrganizationId.of(Attrs.required(item, "organizationId")),
                new AssetSubject(kind, Attrs.required(item, "subjectId")),
                release == null ? null : ReleaseId.of(release), Attrs.required(item, "blobKey"),
                Attrs.required(item, "contentType"), Attrs.num(item, "size"), Attrs.required(item, "sha256"),
                Attrs.required(item, "md5"), facts, Attrs.instant(item, "uploadedAt"));
    }
}
