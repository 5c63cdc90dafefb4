package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryPackage.PackageFile;
import io.soundport.domain.distribution.ReleasePackager.Party;
import io.soundport.domain.distribution.ReleasePackager;
import io.soundport.domain.distribution.ReleasePackager.MediaFile;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErnMessageTest {
    private static final String NS = "http://ddex.net/xml/ern/43";
    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30.123456Z");
    private static final OrganizationId ORG = OrganizationId.of("org_01");
    private static final ArtistId ARTIST = ArtistId.of("art_01");
    private static final Party SENDER = new Party("org_01", "Northern Lights Records");
    private static final Party RECIPIENT = new Party("ptn_01", "Streamly");

    private static Release release(String title, LocalDate date, List<Territory> territories) {
        return new Release(ReleaseId.of("rel_01"), ORG, title, ARTIST, Upc.of("036000291452"), "Northern Lights",
                date, "Electronic", territories, io.soundport.domain.catalog.ReleaseStatus.SUBMITTED,
                NOW, NOW, 1);
    }

    private static Track track(String id, String title, String isrc, long durationMs, boolean explicit, int position) {
        return new Track(TrackId.of(id), ORG, ReleaseId.of("rel_01"), ARTIST, title, Isrc.of(isrc), durationMs,
                explicit, position, NOW, NOW, 1);
    }

    private static final Release TWO_TRACKS = release("Homogenic", LocalDate.of(2025, 9, 22),
            List.of(Territory.of("FR"), Territory.of("de")));
    // given out of order on purpose: the message follows the positions
    private static final List<Track> TRACKS = List.of(
            track("trk_02", "Jóga", "GB-AAA-97-00002", 305_000, true, 2),
            track("trk_01", "Hunter", "GBAAA9700001", 215_000, false, 1));

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The only child element of {@code parent} with that (unqualified) name. */
    private static Element one(Element parent, String name) {
        List<Element> found = all(parent, name);
        assertThat(found).as("<%s> under <%s>", name, parent.getLocalName()).hasSize(1);
        return found.get(0);
    }

    private static List<Element> all(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                assertThat(e.getNamespaceURI()).as("namespace of <%s>", name).isNull();
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static String text(Element parent, String... path) {
        Element e = parent;
        for (String name : path) {
            e = one(e, name);
        }
        return e.getTextContent();
    }

    @Test
    void the_message_of_a_two_track_release_has_every_element_a_dsp_needs() throws Exception {
        ErnMessage ern = ErnMessage.newRelease(SENDER, RECIPIENT, "msg_01", TWO_TRACKS, "Björk", TRACKS, NOW);
        assertThat(ern.messageId()).isEqualTo("msg_01");
        assertThat(ern.kind()).isEqualTo(DeliveryKind.DELIVERY);
        assertThat(ern.fileName()).isEqualTo("msg_01.xml");

        Document doc = parse(ern.bytes());
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("NewReleaseMessage");
        assertThat(root.getPrefix()).isEqualTo("ern");
        assertThat(root.getAttribute("AvsVersionId")).isEqualTo("3");
        assertThat(root.getAttribute("LanguageAndScriptCode")).isEqualTo("en");
        assertThat(root.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation"))
                .startsWith(NS + " ");
        assertThat(childNames(root))
                .containsExactly("MessageHeader", "PartyList", "ResourceList", "ReleaseList", "DealList");

        // MessageHeader
        Element header = one(root, "MessageHeader");
        assertThat(childNames(header)).containsExactly("MessageThreadId", "MessageId", "MessageSender",
                "MessageRecipient", "MessageCreatedDateTime", "MessageControlType");
        assertThat(text(header, "MessageThreadId")).isEqualTo("rel_01");
        assertThat(text(header, "MessageId")).isEqualTo("msg_01");
        assertThat(text(header, "MessageSender", "PartyId")).isEqualTo("org_01");
        assertThat(text(header, "MessageSender", "PartyName", "FullName")).isEqualTo("Northern Lights Records");
        assertThat(text(header, "MessageRecipient", "PartyId")).isEqualTo("ptn_01");
        assertThat(text(header, "MessageRecipient", "PartyName", "FullName")).isEqualTo("Streamly");
        assertThat(text(header, "MessageCreatedDateTime")).isEqualTo("2025-06-01T10:15:30Z");
        assertThat(text(header, "MessageControlType")).isEqualTo("LiveMessage");

        // PartyList: the artist and the label the references point to
        List<Element> parties = all(one(root, "PartyList"), "Party");
        assertThat(parties).hasSize(2);
        assertThat(text(parties.get(0), "PartyReference")).isEqualTo("PArtist");
        assertThat(text(parties.get(0), "PartyName", "FullName")).isEqualTo("Björk");
        assertThat(text(parties.get(1), "PartyReference")).isEqualTo("PLabel");
        assertThat(text(parties.get(1), "PartyName", "FullName")).isEqualTo("Northern Lights");

        // ResourceList: one SoundRecording per track, in track order
        List<Element> recordings = all(one(root, "ResourceList"), "SoundRecording");
        assertThat(recordings).hasSize(2);
        Element first = recordings.get(0);
        assertThat(text(first, "ResourceReference")).isEqualTo("A1");
        assertThat(text(first, "Type")).isEqualTo("MusicalWorkSoundRecording");
        assertThat(text(first, "SoundRecordingEdition", "ResourceId", "ISRC")).isEqualTo("GBAAA9700001");
        assertThat(text(first, "DisplayTitleText")).isEqualTo("Hunter");
        assertThat(text(first, "DisplayTitle", "TitleText")).isEqualTo("Hunter");
        assertThat(text(first, "DisplayArtistName")).isEqualTo("Björk");
        assertThat(text(first, "DisplayArtist", "ArtistPartyReference")).isEqualTo("PArtist");
        assertThat(text(first, "DisplayArtist", "DisplayArtistRole")).isEqualTo("MainArtist");
        assertThat(text(first, "Duration")).isEqualTo("PT3M35S");
        assertThat(text(first, "ParentalWarningType")).isEqualTo("NotExplicit");
        Element second = recordings.get(1);
        assertThat(text(second, "ResourceReference")).isEqualTo("A2");
        assertThat(text(second, "SoundRecordingEdition", "ResourceId", "ISRC")).isEqualTo("GBAAA9700002");
        assertThat(text(second, "DisplayTitleText")).isEqualTo("Jóga");
        assertThat(text(second, "Duration")).isEqualTo("PT5M5S");
        assertThat(text(second, "ParentalWarningType")).isEqualTo("Explicit");

        // ReleaseList
        Element release = one(one(root, "ReleaseList"), "Release");
        assertThat(text(release, "ReleaseReference")).isEqualTo("R0");
        assertThat(text(release, "ReleaseType")).isEqualTo("Single");
        assertThat(text(release, "ReleaseId", "ICPN")).isEqualTo("036000291452");
        assertThat(text(release, "DisplayTitleText")).isEqualTo("Homogenic");
        assertThat(text(release, "DisplayTitle", "TitleText")).isEqualTo("Homogenic");
        assertThat(text(release, "DisplayArtistName")).isEqualTo("Björk");
        assertThat(text(release, "DisplayArtist", "ArtistPartyReference")).isEqualTo("PArtist");
        assertThat(text(release, "ReleaseLabelReference")).isEqualTo("PLabel");
        assertThat(text(release, "Duration")).isEqualTo("PT8M40S");
        assertThat(text(release, "Genre", "GenreText")).isEqualTo("Electronic");
        assertThat(text(release, "ReleaseDate")).isEqualTo("2025-09-22");
        assertThat(text(release, "ParentalWarningType")).isEqualTo("Explicit");
        List<Element> items = all(one(release, "ResourceGroup"), "ResourceGroupContentItem");
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0), "SequenceNumber")).isEqualTo("1");
        assertThat(text(items.get(0), "ReleaseResourceReference")).isEqualTo("A1");
        assertThat(text(items.get(1), "SequenceNumber")).isEqualTo("2");
        assertThat(text(items.get(1), "ReleaseResourceReference")).isEqualTo("A2");

        // DealList: one ReleaseDeal for R0, a streaming and a download deal, every territory, from the release date
        Element releaseDeal = one(one(root, "DealList"), "ReleaseDeal");
        assertThat(text(releaseDeal, "DealReleaseReference")).isEqualTo("R0");
        List<Element> deals = all(releaseDeal, "Deal");
        assertThat(deals).hasSize(2);
        List<String> models = new ArrayList<>();
        for (Element deal : deals) {
            Element terms = one(deal, "DealTerms");
            assertThat(childNames(terms)).containsExactly("TerritoryCode", "TerritoryCode", "ValidityPeriod",
                    "CommercialModelType", "UseType");
            assertThat(all(terms, "TerritoryCode")).extracting(Element::getTextContent).containsExactly("FR", "DE");
            assertThat(text(terms, "ValidityPeriod", "StartDate")).isEqualTo("2025-09-22");
            assertThat(all(one(terms, "ValidityPeriod"), "EndDate")).isEmpty();
            models.add(text(terms, "CommercialModelType") + "/" + text(terms, "UseType"));
        }
        assertThat(models).containsExactly("SubscriptionModel/OnDemandStream", "PayAsYouGoModel/PermanentDownload");
    }

    @Test
    void the_xml_is_well_formed_utf8_with_a_declaration() throws Exception {
        ErnMessage ern = ErnMessage.newRelease(SENDER, RECIPIENT, "msg_01", TWO_TRACKS, "Björk", TRACKS, NOW);
        String xml = ern.xml();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        assertThat(xml).contains("<ern:NewReleaseMessage").contains("xmlns:ern=\"" + NS + "\"");
        assertThat(new String(ern.bytes(), StandardCharsets.UTF_8)).isEqualTo(xml);
        assertThat(parse(ern.bytes()).getDocumentElement().getLocalName()).isEqualTo("NewReleaseMessage");
    }

    @Test
    void worldwide_is_the_ddex_code_for_the_world() throws Exception {
        Release world = release("Homogenic", LocalDate.of(2025, 9, 22), List.of(Territory.WORLD));
        Document doc = parse(ErnMessage.newRelease(SENDER, RECIPIENT, "msg_01", world, "Björk", TRACKS, NOW).bytes());
        NodeList codes = doc.getElementsByTagNameNS(null, "TerritoryCode");
        assertThat(codes.getLength()).isEqualTo(2);
        for (int i = 0; i < codes.getLength(); i++) {
            assertThat(codes.item(i).getTextContent()).isEqualTo("Worldwide");
        }
    }

    @Test
    void a_takedown_is_the_same_message_whose_deals_end_before_now() throws Exception {
        Release delivered = release("Homogenic", LocalDate.of(2025, 3, 1), List.of(Territory.of("FR")));
        Instant later = Instant.parse("2025-07-04T23:59:59Z");
        ErnMessage ern = ErnMessage.takedown(SENDER, RECIPIENT, "msg_02", delivered, "Björk", TRACKS, later);
        assertThat(ern.kind()).isEqualTo(DeliveryKind.TAKEDOWN);

        Element root = parse(ern.bytes()).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("NewReleaseMessage");
        assertThat(text(root, "MessageHeader", "MessageId")).isEqualTo("msg_02");
        assertThat(text(root, "MessageHeader", "MessageThreadId")).isEqualTo("rel_01");
        assertThat(text(root, "ReleaseList", "Release", "ReleaseId", "ICPN")).isEqualTo("036000291452");
        assertThat(all(one(root, "ResourceList"), "SoundRecording")).hasSize(2);
        List<Element> deals = all(one(one(root, "DealList"), "ReleaseDeal"), "Deal");
        assertThat(deals).hasSize(2);
        for (Element deal : deals) {
            Element validity = one(one(deal, "DealTerms"), "ValidityPeriod");
            assertThat(childNames(validity)).containsExactly("StartDateTime", "EndDateTime");
            assertThat(text(validity, "StartDateTime")).isEqualTo("2025-03-01T00:00:00Z");
            assertThat(text(validity, "EndDateTime")).isEqualTo("2025-07-04T23:59:58Z");
        }
    }

    @Test
    void a_takedown_before_the_release_date_opens_no_sale_window_it_has_no_deal() throws Exception {
        Release future = release("Homogenic", LocalDate.of(2026, 1, 1), List.of(Territory.of("FR")));
        Element root = parse(ErnMessage.takedown(SENDER, RECIPIENT, "msg_03", future, "Björk", TRACKS, NOW).bytes())
                .getDocumentElement();
        assertThat(all(root, "DealList")).isEmpty();
        assertThat(all(one(root, "ReleaseList"), "Release")).hasSize(1);
    }

    @Test
    void special_characters_in_titles_and_names_are_escaped_and_read_back_unchanged() throws Exception {
        String title = "Rock & Roll <Live> \"Best\" 'Of' ]]> \u00e9\u6771\ud83c\udfb5";
        Release tricky = release(title, LocalDate.of(2025, 9, 22), List.of(Territory.WORLD));
        List<Track> tracks = List.of(track("trk_01", "A < B && C > D", "GBAAA9700001", 215_000, false, 1));
        ErnMessage ern = ErnMessage.newRelease(new Party("org_01", "Smith & Sons <Ltd>"),
                RECIPIENT, "msg_01", tricky, "Sigur Rós & \"Friends\"", tracks, NOW);

        assertThat(ern.xml()).contains("Rock &amp; Roll &lt;Live&gt;").doesNotContain("<Live>");
        Element root = parse(ern.bytes()).getDocumentElement();
        assertThat(text(root, "ReleaseList", "Release", "DisplayTitleText")).isEqualTo(title);
        assertThat(text(one(one(root, "ResourceList"), "SoundRecording"), "DisplayTitleText"))
                .isEqualTo("A < B && C > D");
        assertThat(text(root, "MessageHeader", "MessageSender", "PartyName", "FullName"))
                .isEqualTo("Smith & Sons <Ltd>");
        assertThat(text(root, "ReleaseList", "Release", "DisplayArtistName")).isEqualTo("Sigur Rós & \"Friends\"");
    }

    @Test
    void characters_xml_cannot_carry_are_dropped_so_the_message_stays_well_formed() {
        // the domain no longer lets a title hold them (StoredText); the message keeps its own guard all the same
        assertThat(ErnMessage.xmlSafe("Bell\u0007 Song\u0000")).isEqualTo("Bell Song");
        assertThat(ErnMessage.xmlSafe("a\ud800b\udc00c\ud83c\udfb5")).isEqualTo("abc\ud83c\udfb5");
    }

    @Test
    void without_a_label_or_genre_those_elements_are_left_out() throws Exception {
        Release bare = new Release(ReleaseId.of("rel_01"), ORG, "Bare", ARTIST, Upc.of("036000291452"), null,
                LocalDate.of(2025, 9, 22), null, null, io.soundport.domain.catalog.ReleaseStatus.SUBMITTED,
                NOW, NOW, 1);
        Element root = parse(ErnMessage.newRelease(SENDER, RECIPIENT, "msg_01", bare, "Björk", TRACKS, NOW).bytes())
                .getDocumentElement();
        Element release = one(one(root, "ReleaseList"), "Release");
        assertThat(all(release, "ReleaseLabelReference")).isEmpty();
        assertThat(all(release, "Genre")).isEmpty();
        assertThat(all(one(root, "PartyList"), "Party")).hasSize(1);
    }

    @Test
    void a_release_without_upc_or_date_or_tracks_without_isrc_is_refused_naming_every_field() {
        Release incomplete = new Release(ReleaseId.of("rel_01"), ORG, "Draft", ARTIST, null, null, null, null, null,
                io.soundport.domain.catalog.ReleaseStatus.DRAFT, NOW, NOW, 1);
        Track noIsrc = new Track(TrackId.of("trk_01"), ORG, ReleaseId.of("rel_01"), ARTIST, "T", null, 1000, false,
                1, NOW, NOW, 1);
        assertThatThrownBy(() -> ErnMessage.newRelease(SENDER, RECIPIENT, "msg_01", incomplete, "X",
                List.of(noIsrc), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.details())
                        .extracting(d -> d.field()).containsExactly("upc", "release_date", "tracks[0].isrc"));
    }

    @Test
    void a_message_id_must_be_usable_as_a_file_name() {
        for (String bad : List.of("", "../x", "a/b", ".hidden", "a b", "x".repeat(129))) {
            assertThatThrownBy(() -> ErnMessage.newRelease(SENDER, RECIPIENT, bad, TWO_TRACKS, "B", TRACKS, NOW))
                    .as(bad).isInstanceOf(DomainException.class).hasMessageContaining("message_id");
        }
        assertThat(ErnMessage.checkMessageId("msg_01J.v2-a")).isEqualTo("msg_01J.v2-a");
    }

    @Test
    void durations_are_iso_8601_and_release_types_follow_length() {
        assertThat(ErnMessage.isoDuration(215_000)).isEqualTo("PT3M35S");
        assertThat(ErnMessage.isoDuration(3_723_500)).isEqualTo("PT1H2M3.5S");
        assertThat(ErnMessage.isoDuration(45_000)).isEqualTo("PT45S");
        assertThat(ErnMessage.releaseType(2, 500_000)).isEqualTo("Single");
        assertThat(ErnMessage.releaseType(5, 1_200_000)).isEqualTo("EP");
        assertThat(ErnMessage.releaseType(3, 1_900_000)).isEqualTo("Album");
        assertThat(ErnMessage.releaseType(12, 2_400_000)).isEqualTo("Album");
    }

    private static ReleasePackager.Contents contents(DeliveryKind kind, String messageId, ReleasePackager.Media media) {
        return new ReleasePackager.Contents(kind, SENDER, RECIPIENT, messageId, TWO_TRACKS, "Björk", TRACKS, NOW,
                ReleasePackager.Terms.LIVE, "20250601101530123", media);
    }

    /** A WAV for Hunter (position 1), a FLAC for Jóga (position 2) and a JPEG cover. */
    private static final ReleasePackager.Media MEDIA = new ReleasePackager.Media(
            TestMedia.jpeg(TWO_TRACKS, 2_345_678),
            java.util.Map.of(TRACKS.get(1).id(), TestMedia.wav(TRACKS.get(1), 37_926_044),
                    TRACKS.get(0).id(), TestMedia.flac(TRACKS.get(0), 3_000_000_000L)));

    @Test
    void the_package_holds_the_message_and_a_manifest_whose_checksums_match_the_bytes() throws Exception {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(new ReleasePackager.Contents(
                DeliveryKind.DELIVERY, SENDER, RECIPIENT, "msg_01", TWO_TRACKS, "Björk", TRACKS, NOW));
        assertThat(pkg.messageId()).isEqualTo("msg_01");
        assertThat(pkg.kind()).isEqualTo(DeliveryKind.DELIVERY);
        assertThat(pkg.batchId()).isEqualTo(DeliveryPackage.batchIdAt(NOW)).isEqualTo("20250601101530123");
        assertThat(pkg.releaseFolder()).isEqualTo("036000291452");
        assertThat(pkg.files()).extracting(PackageFile::path).containsExactly("msg_01.xml", "manifest.json");
        byte[] xml = pkg.file("msg_01.xml").orElseThrow().readAllBytes();
        assertThat(parse(xml).getDocumentElement().getLocalName()).isEqualTo("NewReleaseMessage");
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("TechnicalDetails", "<Image>");

        String manifest = new String(pkg.file("manifest.json").orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(xml));
        assertThat(manifest).isEqualTo("{\"message_id\":\"msg_01\",\"kind\":\"DELIVERY\",\"release_id\":\"rel_01\","
                + "\"upc\":\"036000291452\",\"created_at\":\"2025-06-01T10:15:30Z\",\"files\":[{\"name\":\"msg_01.xml\","
                + "\"size\":" + xml.length + ",\"sha256\":\"" + sha + "\",\"md5\":\"" + md5 + "\"}]}");
        Matcher m = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(manifest);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(DeliveryManifest.sha256(xml));
    }

    @Test
    void a_takedown_package_says_so_in_its_manifest() {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(new ReleasePackager.Contents(
                DeliveryKind.TAKEDOWN, SENDER, RECIPIENT, "msg_09", TWO_TRACKS, "Björk", TRACKS, NOW));
        assertThat(pkg.kind()).isEqualTo(DeliveryKind.TAKEDOWN);
        assertThat(new String(pkg.file("manifest.json").orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"kind\":\"TAKEDOWN\"").contains("\"name\":\"msg_09.xml\"");
        // TWO_TRACKS comes out after NOW: its takedown carries no deal
        assertThat(new String(pkg.file("msg_09.xml").orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                .doesNotContain("<DealList");
    }

    @Test
    void manifest_entries_are_by_name_with_known_checksums_and_never_list_the_manifest() {
        var entries = DeliveryManifest.entries(List.of(
                DeliveryManifest.Entry.of("b.bin", "abc".getBytes(StandardCharsets.US_ASCII)),
                DeliveryManifest.Entry.of("a.bin", new byte[0]),
                DeliveryManifest.Entry.of("manifest.json", new byte[]{1})));
        assertThat(entries).containsExactly(
                new DeliveryManifest.Entry("a.bin", 0,
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                        "d41d8cd98f00b204e9800998ecf8427e"),
                new DeliveryManifest.Entry("b.bin", 3,
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                        "900150983cd24fb0d6963f7d28e17f72"));
    }

    @Test
    void each_recording_with_audio_references_its_file_under_resources_with_its_md5_and_size() throws Exception {
        ErnMessage ern = ErnMessage.of(contents(DeliveryKind.DELIVERY, "msg_01", MEDIA));
        Element root = parse(ern.bytes()).getDocumentElement();
        List<Element> recordings = all(one(root, "ResourceList"), "SoundRecording");

        // Hunter, position 1: a WAV
        MediaFile hunter = MEDIA.audio().get(TRACKS.get(1).id());
        Element edition = one(recordings.get(0), "SoundRecordingEdition");
        assertThat(childNames(edition)).containsExactly("ResourceId", "TechnicalDetails");
        Element details = one(edition, "TechnicalDetails");
        assertThat(childNames(details)).containsExactly("TechnicalResourceDetailsReference", "DeliveryFile");
        assertThat(text(details, "TechnicalResourceDetailsReference")).isEqualTo("T1");
        Element wav = one(details, "DeliveryFile");
        assertThat(childNames(wav)).containsExactly("Type", "ContainerFormat", "AudioCodecType", "NumberOfChannels",
                "SamplingRate", "BitsPerSample", "File");
        assertThat(text(wav, "Type")).isEqualTo("AudioFile");
        assertThat(text(wav, "ContainerFormat")).isEqualTo("WAV");
        assertThat(text(wav, "AudioCodecType")).isEqualTo("PCM");
        assertThat(text(wav, "NumberOfChannels")).isEqualTo("2");
        assertThat(text(wav, "SamplingRate")).isEqualTo("44100");
        assertThat(one(wav, "SamplingRate").getAttribute("UnitOfMeasure")).isEqualTo("Hz");
        assertThat(text(wav, "BitsPerSample")).isEqualTo("16");
        Element file = one(wav, "File");
        assertThat(childNames(file)).containsExactly("URI", "HashSum", "FileSize");
        assertThat(text(file, "URI")).isEqualTo("resources/036000291452_01_001.wav");
        assertThat(childNames(one(file, "HashSum"))).containsExactly("Algorithm", "HashSumValue");
        assertThat(text(file, "HashSum", "Algorithm")).isEqualTo("MD5");
        assertThat(text(file, "HashSum", "HashSumValue")).isEqualTo(hunter.asset().md5())
                .isEqualTo(TestMedia.md5(AssetSubject.audioOf(TrackId.of("trk_01"))));
        assertThat(text(file, "FileSize")).isEqualTo("37926.044");

        // Jóga, position 2: a FLAC
        Element joga = one(one(recordings.get(1), "SoundRecordingEdition"), "TechnicalDetails");
        assertThat(text(joga, "TechnicalResourceDetailsReference")).isEqualTo("T2");
        Element flac = one(joga, "DeliveryFile");
        assertThat(childNames(flac)).containsExactly("Type", "AudioCodecType", "NumberOfChannels", "SamplingRate",
                "BitsPerSample", "File");
        assertThat(text(flac, "AudioCodecType")).isEqualTo("FLAC");
        assertThat(text(flac, "SamplingRate")).isEqualTo("96000");
        assertThat(text(flac, "BitsPerSample")).isEqualTo("24");
        assertThat(text(flac, "File", "URI")).isEqualTo("resources/036000291452_01_002.flac");
        assertThat(text(flac, "File", "HashSum", "HashSumValue"))
                .isEqualTo(MEDIA.audio().get(TRACKS.get(0).id()).asset().md5());
        assertThat(text(flac, "File", "FileSize")).isEqualTo("3000000");

        assertThat(ern.resources()).extracting(ErnMessage.Resource::path).containsExactly(
                "resources/036000291452_01_001.wav", "resources/036000291452_01_002.flac",
                "resources/036000291452.jpg");
    }

    @Test
    void the_cover_is_an_image_after_the_recordings_linked_from_the_release() throws Exception {
        Element root = parse(ErnMessage.of(contents(DeliveryKind.DELIVERY, "msg_01", MEDIA)).bytes())
                .getDocumentElement();
        Element list = one(root, "ResourceList");
        assertThat(childNames(list)).containsExactly("SoundRecording", "SoundRecording", "Image");
        Element image = one(list, "Image");
        assertThat(childNames(image)).containsExactly("ResourceReference", "Type", "ResourceId", "TechnicalDetails");
        assertThat(text(image, "ResourceReference")).isEqualTo("A3");
        assertThat(text(image, "Type")).isEqualTo("FrontCoverImage");
        Element proprietaryId = one(one(image, "ResourceId"), "ProprietaryId");
        assertThat(proprietaryId.getAttribute("Namespace")).isEqualTo("org_01");
        assertThat(proprietaryId.getTextContent()).isEqualTo("PACKSHOT:036000291452");
        Element details = one(image, "TechnicalDetails");
        assertThat(childNames(details)).containsExactly("TechnicalResourceDetailsReference", "ImageCodecType",
                "ImageHeight", "ImageWidth", "File");
        assertThat(text(details, "TechnicalResourceDetailsReference")).isEqualTo("T3");
        assertThat(text(details, "ImageCodecType")).isEqualTo("JPEG");
        assertThat(text(details, "ImageHeight")).isEqualTo("3000");
        assertThat(one(details, "ImageHeight").getAttribute("UnitOfMeasure")).isEqualTo("Pixel");
        assertThat(text(details, "ImageWidth")).isEqualTo("3000");
        assertThat(text(details, "File", "URI")).isEqualTo("resources/036000291452.jpg");
        assertThat(text(details, "File", "HashSum", "Algorithm")).isEqualTo("MD5");
        assertThat(text(details, "File", "HashSum", "HashSumValue")).isEqualTo(MEDIA.artwork().asset().md5());
        assertThat(text(details, "File", "FileSize")).isEqualTo("2345.678");

        Element group = one(one(one(root, "ReleaseList"), "Release"), "ResourceGroup");
        assertThat(childNames(group)).containsExactly("ResourceGroupContentItem", "ResourceGroupContentItem",
                "LinkedReleaseResourceReference");
        assertThat(text(group, "LinkedReleaseResourceReference")).isEqualTo("A3");
    }

    @Test
    void a_png_cover_is_named_png_and_a_track_without_audio_gets_no_technical_details() throws Exception {
        ReleasePackager.Media some = new ReleasePackager.Media(TestMedia.png(TWO_TRACKS, 10),
                java.util.Map.of(TRACKS.get(0).id(), TestMedia.wav(TRACKS.get(0), 20)));
        ErnMessage ern = ErnMessage.of(contents(DeliveryKind.DELIVERY, "msg_01", some));
        Element root = parse(ern.bytes()).getDocumentElement();
        List<Element> recordings = all(one(root, "ResourceList"), "SoundRecording");
        assertThat(all(one(recordings.get(0), "SoundRecordingEdition"), "TechnicalDetails")).isEmpty();
        assertThat(text(one(recordings.get(1), "SoundRecordingEdition"), "TechnicalDetails",
                "TechnicalResourceDetailsReference")).isEqualTo("T2");
        Element image = one(one(root, "ResourceList"), "Image");
        assertThat(text(image, "TechnicalDetails", "ImageCodecType")).isEqualTo("PNG");
        assertThat(text(image, "TechnicalDetails", "ImageHeight")).isEqualTo("1500");
        assertThat(text(image, "TechnicalDetails", "ImageWidth")).isEqualTo("1400");
        assertThat(ern.resources()).extracting(ErnMessage.Resource::path)
                .containsExactly("resources/036000291452_01_002.wav", "resources/036000291452.png");
    }

    @Test
    void audio_of_a_track_the_message_does_not_carry_is_left_out_since_nothing_could_name_it() {
        Track other = track("trk_09", "Bonus", "GBAAA9700009", 100_000, false, 9);
        ReleasePackager.Media media = new ReleasePackager.Media(null, java.util.Map.of(
                TRACKS.get(1).id(), TestMedia.wav(TRACKS.get(1), 20), other.id(), TestMedia.wav(other, 30)));
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(contents(DeliveryKind.DELIVERY, "msg_01", media));

        assertThat(pkg.files()).extracting(PackageFile::path)
                .containsExactly("msg_01.xml", "resources/036000291452_01_001.wav", "manifest.json");
        assertThat(new String(pkg.file("manifest.json").orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                .doesNotContain(TestMedia.md5(AssetSubject.audioOf(other.id())));
    }

    @Test
    void the_package_lists_the_media_under_resources_with_their_sizes_and_never_opens_them() {
        // every source of MEDIA fails the test when opened
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(contents(DeliveryKind.DELIVERY, "msg_01", MEDIA));

        assertThat(pkg.releaseFolder()).isEqualTo("036000291452");
        assertThat(pkg.batchId()).isEqualTo("20250601101530123");
        assertThat(pkg.problemAsDrop()).isNull();
        assertThat(pkg.inWriteOrder()).extracting(PackageFile::path).containsExactly(
                "resources/036000291452.jpg", "resources/036000291452_01_001.wav",
                "resources/036000291452_01_002.flac", "msg_01.xml", "manifest.json");
        assertThat(pkg.file("resources/036000291452_01_001.wav").orElseThrow())
                .satisfies(f -> assertThat(f.size()).isEqualTo(37_926_044L))
                .satisfies(f -> assertThat(f.source()).isSameAs(MEDIA.audio().get(TRACKS.get(1).id()).source()));
        assertThat(pkg.file("resources/036000291452_01_002.flac").orElseThrow())
                .satisfies(f -> assertThat(f.size()).isEqualTo(3_000_000_000L))
                .satisfies(f -> assertThat(f.source()).isSameAs(MEDIA.audio().get(TRACKS.get(0).id()).source()));
        assertThat(pkg.file("resources/036000291452.jpg").orElseThrow())
                .satisfies(f -> assertThat(f.size()).isEqualTo(2_345_678L))
                .satisfies(f -> assertThat(f.source()).isSameAs(MEDIA.artwork().source()));
        assertThatThrownBy(() -> pkg.file("resources/036000291452.jpg").orElseThrow().readAllBytes())
                .as("the test's sources do fail when opened").isInstanceOf(AssertionError.class);
    }

    @Test
    void the_manifest_lists_the_md5_and_sha256_the_media_were_stored_with() {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(contents(DeliveryKind.DELIVERY, "msg_01", MEDIA));
        byte[] xml = pkg.file("msg_01.xml").orElseThrow().readAllBytes();
        String manifest = new String(pkg.file("manifest.json").orElseThrow().readAllBytes(), StandardCharsets.UTF_8);

        var cover = MEDIA.artwork().asset();
        var wav = MEDIA.audio().get(TRACKS.get(1).id()).asset();
        var flac = MEDIA.audio().get(TRACKS.get(0).id()).asset();
        assertThat(manifest).isEqualTo("{\"message_id\":\"msg_01\",\"kind\":\"DELIVERY\",\"release_id\":\"rel_01\","
                + "\"upc\":\"036000291452\",\"created_at\":\"2025-06-01T10:15:30Z\",\"files\":["
                + "{\"name\":\"msg_01.xml\",\"size\":" + xml.length + ",\"sha256\":\"" + DeliveryManifest.sha256(xml)
                + "\",\"md5\":\"" + DeliveryManifest.md5(xml) + "\"},"
                + "{\"name\":\"resources/036000291452.jpg\",\"size\":2345678,\"sha256\":\"" + cover.sha256()
                + "\",\"md5\":\"" + cover.md5() + "\"},"
                + "{\"name\":\"resources/036000291452_01_001.wav\",\"size\":37926044,\"sha256\":\"" + wav.sha256()
                + "\",\"md5\":\"" + wav.md5() + "\"},"
                + "{\"name\":\"resources/036000291452_01_002.flac\",\"size\":3000000000,\"sha256\":\""
                + flac.sha256() + "\",\"md5\":\"" + flac.md5() + "\"}]}");
        assertThat(cover.sha256()).isEqualTo(TestMedia.sha256(cover.subject()));
    }

    @Test
    void a_takedown_carries_no_media_and_its_message_references_none() {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(contents(DeliveryKind.TAKEDOWN, "msg_09", MEDIA));

        assertThat(pkg.files()).extracting(PackageFile::path).containsExactly("msg_09.xml", "manifest.json");
        String xml = new String(pkg.file("msg_09.xml").orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("TechnicalDetails", "<Image>", "resources/", "LinkedReleaseResourceReference");
        assertThat(new String(pkg.file("manifest.json").orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                .doesNotContain("resources/");
    }

    @Test
    void sizes_are_kilobytes_exactly_and_codecs_map_to_the_allowed_values() {
        assertThat(ErnMessage.kilobytes(0)).isEqualTo("0");
        assertThat(ErnMessage.kilobytes(999)).isEqualTo("0.999");
        assertThat(ErnMessage.kilobytes(41_234_567)).isEqualTo("41234.567");
        assertThat(ErnMessage.kilobytes(3_000_000_000L)).isEqualTo("3000000");
        assertThat(ErnMessage.audioCodec("PCM")).isEqualTo("PCM");
        assertThat(ErnMessage.audioCodec("PCM_FLOAT")).isEqualTo("PCM");
        assertThat(ErnMessage.audioCodec("FLAC")).isEqualTo("FLAC");
        assertThat(ErnMessage.audioCodec("OPUS")).isNull();
        assertThat(ErnMessage.imageCodec("JPEG")).isEqualTo("JPEG");
        assertThat(ErnMessage.imageCodec("PNG")).isEqualTo("PNG");
        assertThat(ErnMessage.imageCodec("WEBP")).isNull();
    }
}
