package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.ReleasePackager;
import io.soundport.domain.distribution.ReleasePackager.Contents;
import io.soundport.domain.distribution.ReleasePackager.Party;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link ReleasePackager} must do, whatever its format: the gateways hand the files over by
 * name with {@code manifest.json} last, and receivers check every other file against it.
 */
public abstract class ReleasePackagerContract {
    private static final String MANIFEST = "manifest.json";
    private static final Party SENDER = new Party("org_01", "Northern Lights Records");
    private static final Party RECIPIENT = new Party("ptn_01", "Streamly");

    protected abstract ReleasePackager packager();

    private final Organization org = Fixtures.organization();
    private final Artist artist = Fixtures.artist(org);
    private final Release release = Fixtures.release(org, artist);
    private final List<Track> tracks = List.of(Fixtures.track(org, release, artist, 1),
            Fixtures.track(org, release, artist, 2));

    private Contents contents(DeliveryKind kind, String messageId, Release of) {
        return new Contents(kind, SENDER, RECIPIENT, messageId, of, artist.name(), tracks, Fixtures.instant());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_package_carries_the_message_id_and_kind_it_was_asked_for() {
        for (DeliveryKind kind : DeliveryKind.values()) {
            DeliveryPackage pkg = packager().pack(contents(kind, "msg_" + kind.name().toLowerCase(), release));

            assertThat(pkg.messageId()).isEqualTo("msg_" + kind.name().toLowerCase());
            assertThat(pkg.kind()).isEqualTo(kind);
            assertThat(pkg.files()).containsKey(MANIFEST).hasSizeGreaterThan(1);
        }
    }

    @Test
    void the_manifest_names_the_message_and_lists_every_other_file_with_its_size_and_sha256() throws Exception {
        DeliveryPackage pkg = packager().pack(contents(DeliveryKind.DELIVERY, "msg_01", release));
        String manifest = new String(pkg.files().get(MANIFEST), StandardCharsets.UTF_8);

        assertThat(manifest).contains("\"message_id\":\"msg_01\"", "\"kind\":\"DELIVERY\"",
                "\"release_id\":\"" + release.id().value() + "\"");
        for (Map.Entry<String, byte[]> file : pkg.files().entrySet()) {
            if (!file.getKey().equals(MANIFEST)) {
                assertThat(manifest).as(file.getKey()).contains("{\"name\":\"" + file.getKey() + "\",\"size\":"
                        + file.getValue().length + ",\"sha256\":\"" + sha256(file.getValue()) + "\"}");
            }
        }
    }

    @Test
    void file_names_are_plain_names_a_drop_folder_can_hold() {
        DeliveryPackage pkg = packager().pack(contents(DeliveryKind.DELIVERY, "msg_01", release));

        assertThat(pkg.files().keySet()).allSatisfy(name -> assertThat(name)
                .matches("[A-Za-z0-9_-][A-Za-z0-9._-]*").doesNotContain(".."));
    }

    @Test
    void the_same_contents_give_the_same_bytes_so_a_retry_sends_what_the_first_attempt_sent() {
        Contents contents = contents(DeliveryKind.DELIVERY, "msg_01", release);
        DeliveryPackage first = packager().pack(contents);
        DeliveryPackage again = packager().pack(contents);

        assertThat(again.files().keySet()).isEqualTo(first.files().keySet());
        first.files().forEach((name, bytes) -> assertThat(again.files().get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void a_release_partners_cannot_take_is_refused_naming_the_field() {
        Release noUpc = new Release(ReleaseId.of(Fixtures.id(ReleaseId.PREFIX)), org.id(), "No UPC", artist.id(), null,
                null, release.releaseDate(), null, null, ReleaseStatus.SUBMITTED, release.createdAt(),
                release.updatedAt(), 1);

        assertThatThrownBy(() -> packager().pack(contents(DeliveryKind.DELIVERY, "msg_01", noUpc)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(d -> d.field()).contains("upc");
                });
    }

    @Test
    void a_message_id_that_cannot_name_a_file_is_refused() {
        for (String bad : List.of("", "../x", "a/b", ".hidden")) {
            assertThatThrownBy(() -> packager().pack(contents(DeliveryKind.DELIVERY, bad, release)))
                    .as(bad).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        }
    }

    @Test
    void the_message_is_created_at_the_time_given() {
        Instant at = Instant.parse("2025-06-01T10:15:30Z");
        DeliveryPackage pkg = packager().pack(new Contents(DeliveryKind.DELIVERY, SENDER, RECIPIENT, "msg_01", release,
                artist.name(), tracks, at));

        assertThat(new String(pkg.files().get(MANIFEST), StandardCharsets.UTF_8))
                .contains("\"created_at\":\"2025-06-01T10:15:30Z\"");
    }
}
