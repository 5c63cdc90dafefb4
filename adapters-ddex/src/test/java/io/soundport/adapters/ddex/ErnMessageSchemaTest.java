package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.CopyrightLine;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryPackage.PackageFile;
import io.soundport.domain.distribution.ReleasePackager.Media;
import io.soundport.domain.distribution.ReleasePackager.MediaFile;
import io.soundport.domain.distribution.ReleasePackager.Contents;
import io.soundport.domain.distribution.ReleasePackager.Party;
import io.soundport.domain.distribution.ReleasePackager.Terms;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message the packager writes validates against DDEX's own ERN 4.3 schema, as DDEX's samples do. */
class ErnMessageSchemaTest {
    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30.123456Z");
    private static final OrganizationId ORG = OrganizationId.of("org_01");
    private static final ArtistId ARTIST = ArtistId.of("art_01");
    private static final Party SENDER = new Party("PADPIDA2014120301A", "Northern Lights Records");
    private static final Party RECIPIENT = new Party("PADPIDA2011072101T", "Streamly");
    private static final Terms LIVE = Terms.LIVE;
    private static final Terms TEST = new Terms(true, true, TakedownMessage.MESSAGE);
    private static final Terms NEVER_DELIVERED = new Terms(false, false, TakedownMessage.MESSAGE);
    private static final Terms NEVER_DELIVERED_PURGE = new Terms(false, false, TakedownMessage.PURGE);

    private static ErnSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = ErnSchema.load();
    }

    private static Release release(String title, LocalDate date, List<Territory> territories) {
        return new Release(ReleaseId.of("rel_01"), ORG, title, ARTIST, Upc.of("036000291452"), "Northern Lights",
                date, "Electronic", territories, ReleaseStatus.SUBMITTED, NOW, NOW, 1,
                new CopyrightLine(2025, "Northern Lights Records"), new CopyrightLine(2024, "Northern Lights Design"));
    }

    private static Track track(int position, boolean explicit) {
        return new Track(TrackId.of("trk_" + position), ORG, ReleaseId.of("rel_01"), ARTIST, "Song " + position,
                Isrc.of(String.format("GBAAA97%05d", position)), 180_000 + position * 1_000L, explicit, position,
                NOW, NOW, 1);
    }

    private static List<Track> tracks(int count, boolean explicit) {
        List<Track> tracks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tracks.add(track(i, explicit && i % 2 == 0));
        }
        return tracks;
    }

    private static final Release PAST = release("Homogenic", LocalDate.of(2025, 3, 1), List.of(Territory.of("FR"),
            Territory.of("DE")));
    private static final Release FUTURE = release("Homogenic", LocalDate.of(2025, 9, 22), List.of(Territory.of("FR")));

    private static byte[] message(DeliveryKind kind, Release release, List<Track> tracks, Terms terms) {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(new Contents(kind, SENDER, RECIPIENT, "msg_01",
                release, "Björk", tracks, NOW, terms));
        return pkg.file("msg_01.xml").orElseThrow().readAllBytes();
    }

    private static DeliveryPackage pack(DeliveryKind kind, Release release, List<Track> tracks, Media media) {
        return new DdexErnReleasePackager().pack(new Contents(kind, SENDER, RECIPIENT, "msg_01", release, "Björk",
                tracks, NOW, LIVE, DeliveryPackage.batchIdAt(NOW), media));
    }

    private static Element root(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return doc.getDocumentElement();
    }

    private static List<String> texts(Element root, String name) {
        NodeList nodes = root.getElementsByTagName(name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static void assertValid(byte[] xml) {
        assertThat(schema.errors(xml)).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void ddex_own_samples_validate_so_the_validator_is_not_refusing_real_messages() {
        assertThat(schema.errorsOfResource("/ddex/examples/4-SimpleAudioSingle.xml")).isEmpty();
        assertThat(schema.errorsOfResource("/ddex/examples/1-Audio.xml")).isEmpty();
    }

    @Test
    void the_validator_refuses_a_message_the_schema_refuses() {
        byte[] xml = new DdexErnReleasePackager().pack(new Contents(DeliveryKind.DELIVERY,
                new Party("org_01", "Northern Lights Records"), RECIPIENT, "msg_01", PAST, "Björk", tracks(1, false),
                NOW, LIVE)).file("msg_01.xml").orElseThrow().readAllBytes();
        assertThat(schema.errors(xml)).anySatisfy(e -> assertThat(e).contains("PADPIDA"));
    }

    @Test
    void a_single_validates_as_a_simple_audio_single() throws Exception {
        byte[] xml = message(DeliveryKind.DELIVERY, PAST, tracks(1, false), LIVE);
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getAttribute("ReleaseProfileVersionId")).isEqualTo("SimpleAudioSingle");
        assertThat(root.getAttribute("AvsVersionId")).isEqualTo("3");
        assertThat(texts(root, "MessageControlType")).containsExactly("LiveMessage");
        assertThat(texts(root, "ReleaseType")).containsExactly("Single");
    }

    @Test
    void a_twelve_track_album_with_explicit_tracks_validates_as_an_audio_release() throws Exception {
        byte[] xml = message(DeliveryKind.DELIVERY, PAST, tracks(12, true), LIVE);
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getAttribute("ReleaseProfileVersionId")).isEqualTo("Audio");
        assertThat(texts(root, "SoundRecording")).hasSize(12);
        assertThat(texts(root, "ParentalWarningType")).contains("Explicit", "NotExplicit");
        assertThat(texts(root, "ReleaseType")).containsExactly("Album");
    }

    @Test
    void the_release_carries_its_p_and_c_lines_label_and_genre_and_each_recording_its_p_line() throws Exception {
        byte[] xml = message(DeliveryKind.DELIVERY, PAST, tracks(3, false), LIVE);
        assertValid(xml);
        Element root = root(xml);
        Element release = (Element) root.getElementsByTagName("Release").item(0);
        assertThat(texts(release, "PLineText")).contains("2025 Northern Lights Records");
        assertThat(texts(release, "CLineText")).containsExactly("2024 Northern Lights Design");
        assertThat(texts(release, "ReleaseLabelReference")).containsExactly("PLabel");
        assertThat(texts(release, "GenreText")).containsExactly("Electronic");
        NodeList editions = root.getElementsByTagName("SoundRecordingEdition");
        assertThat(editions.getLength()).isEqualTo(3);
        for (int i = 0; i < editions.getLength(); i++) {
            assertThat(texts((Element) editions.item(i), "Year")).containsExactly("2025");
            assertThat(texts((Element) editions.item(i), "PLineCompany")).containsExactly("Northern Lights Records");
        }
    }

    @Test
    void worldwide_territories_validate() throws Exception {
        Release world = release("Homogenic", LocalDate.of(2025, 3, 1), List.of(Territory.WORLD));
        byte[] xml = message(DeliveryKind.DELIVERY, world, tracks(3, false), LIVE);
        assertValid(xml);
        assertThat(texts(root(xml), "TerritoryCode")).containsOnly("Worldwide");
    }

    @Test
    void an_update_is_the_full_message_again_with_no_update_indicator_which_ern_43_does_not_have() throws Exception {
        Release changed = release("Homogenic (Remastered)", LocalDate.of(2025, 3, 1), List.of(Territory.of("FR")));
        byte[] xml = message(DeliveryKind.DELIVERY, changed, tracks(2, false), LIVE);
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getElementsByTagName("UpdateIndicator").getLength()).isZero();
        assertThat(texts(root, "MessageControlType")).containsExactly("LiveMessage");
        assertThat(texts(root, "MessageThreadId")).containsExactly("rel_01");
    }

    @Test
    void a_test_partner_gets_a_test_message() throws Exception {
        byte[] xml = message(DeliveryKind.DELIVERY, PAST, tracks(2, false), TEST);
        assertValid(xml);
        assertThat(texts(root(xml), "MessageControlType")).containsExactly("TestMessage");
    }

    @Test
    void the_takedown_of_a_live_release_validates_and_its_deals_end_before_now() throws Exception {
        byte[] xml = message(DeliveryKind.TAKEDOWN, PAST, tracks(2, false), LIVE);
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getLocalName()).isEqualTo("NewReleaseMessage");
        assertThat(texts(root, "Deal")).hasSize(2);
        assertThat(texts(root, "StartDateTime")).containsOnly("2025-03-01T00:00:00Z");
        List<String> ends = texts(root, "EndDateTime");
        assertThat(ends).hasSize(2);
        assertThat(ends).allSatisfy(end -> assertThat(Instant.parse(end)).isBefore(NOW));
    }

    @Test
    void the_takedown_of_a_release_whose_date_is_ahead_carries_no_deal_at_all() throws Exception {
        byte[] xml = message(DeliveryKind.TAKEDOWN, FUTURE, tracks(2, false), LIVE);
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getLocalName()).isEqualTo("NewReleaseMessage");
        assertThat(root.getElementsByTagName("DealList").getLength()).isZero();
        assertThat(root.getElementsByTagName("StartDate").getLength()
                + root.getElementsByTagName("StartDateTime").getLength()).isZero();
    }

    @Test
    void the_takedown_of_a_release_never_delivered_live_carries_no_deal_even_after_its_date() throws Exception {
        byte[] xml = message(DeliveryKind.TAKEDOWN, PAST, tracks(2, false), NEVER_DELIVERED);
        assertValid(xml);
        assertThat(root(xml).getElementsByTagName("DealList").getLength()).isZero();
    }

    @Test
    void a_partner_configured_for_purges_gets_a_purge_release_message_for_a_release_never_on_sale() throws Exception {
        byte[] xml = message(DeliveryKind.TAKEDOWN, FUTURE, tracks(2, false), NEVER_DELIVERED_PURGE);
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getLocalName()).isEqualTo("PurgeReleaseMessage");
        assertThat(texts(root, "ICPN")).containsExactly("036000291452");
        assertThat(root.getElementsByTagName("Deal").getLength()).isZero();
    }

    @Test
    void a_partner_configured_for_purges_still_gets_deals_ending_for_a_live_release() throws Exception {
        byte[] xml = message(DeliveryKind.TAKEDOWN, PAST, tracks(2, false),
                new Terms(false, true, TakedownMessage.PURGE));
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getLocalName()).isEqualTo("NewReleaseMessage");
        assertThat(texts(root, "EndDateTime")).hasSize(2);
    }

    @Test
    void an_album_with_audio_for_every_track_and_a_cover_validates_and_references_every_file() throws Exception {
        List<Track> album = tracks(12, true);
        Map<TrackId, MediaFile> audio = new LinkedHashMap<>();
        for (Track track : album) {
            // WAV and FLAC alternately
            audio.put(track.id(), track.position() % 2 == 0 ? TestMedia.flac(track, 30_000_000L + track.position())
                    : TestMedia.wav(track, 40_000_000L + track.position()));
        }
        Media media = new Media(TestMedia.png(PAST, 5_000_000L), audio);
        DeliveryPackage pkg = pack(DeliveryKind.DELIVERY, PAST, album, media);
        byte[] xml = pkg.file("msg_01.xml").orElseThrow().readAllBytes();

        assertValid(xml);
        Element root = root(xml);
        assertThat(texts(root, "TechnicalResourceDetailsReference")).hasSize(13).doesNotHaveDuplicates();
        List<String> uris = texts(root, "URI");
        assertThat(uris).hasSize(13).startsWith("resources/036000291452_01_001.wav",
                "resources/036000291452_01_002.flac").endsWith("resources/036000291452_01_012.flac",
                "resources/036000291452.png");
        assertThat(pkg.files().stream().filter(PackageFile::isResource).map(PackageFile::path))
                .containsExactlyInAnyOrderElementsOf(uris);
        assertThat(texts(root, "LinkedReleaseResourceReference")).containsExactly("A13");
        assertThat(texts(root, "HashSumValue")).hasSize(13).allMatch(md5 -> md5.matches("[0-9a-f]{32}"));
    }

    @Test
    void a_single_with_a_jpeg_cover_still_validates_as_a_simple_audio_single() throws Exception {
        List<Track> single = tracks(1, false);
        byte[] xml = pack(DeliveryKind.DELIVERY, PAST, single, TestMedia.of(PAST, single))
                .file("msg_01.xml").orElseThrow().readAllBytes();
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getAttribute("ReleaseProfileVersionId")).isEqualTo("SimpleAudioSingle");
        assertThat(texts(root, "URI")).containsExactly("resources/036000291452_01_001.wav",
                "resources/036000291452.jpg");
    }

    @Test
    void a_release_with_audio_for_some_tracks_only_and_no_cover_validates() throws Exception {
        List<Track> three = tracks(3, false);
        Media some = new Media(null, Map.of(three.get(1).id(), TestMedia.wav(three.get(1), 1_234)));
        byte[] xml = pack(DeliveryKind.DELIVERY, PAST, three, some).file("msg_01.xml").orElseThrow().readAllBytes();
        assertValid(xml);
        Element root = root(xml);
        assertThat(texts(root, "TechnicalResourceDetailsReference")).containsExactly("T2");
        assertThat(texts(root, "URI")).containsExactly("resources/036000291452_01_002.wav");
        assertThat(root.getElementsByTagName("Image").getLength()).isZero();
        assertThat(root.getElementsByTagName("LinkedReleaseResourceReference").getLength()).isZero();
    }

    @Test
    void a_takedown_given_media_validates_and_references_none() throws Exception {
        List<Track> two = tracks(2, false);
        DeliveryPackage pkg = pack(DeliveryKind.TAKEDOWN, PAST, two, TestMedia.of(PAST, two));
        byte[] xml = pkg.file("msg_01.xml").orElseThrow().readAllBytes();
        assertValid(xml);
        Element root = root(xml);
        assertThat(root.getElementsByTagName("TechnicalDetails").getLength()).isZero();
        assertThat(root.getElementsByTagName("Image").getLength()).isZero();
        assertThat(pkg.files()).noneMatch(PackageFile::isResource);
    }
}
