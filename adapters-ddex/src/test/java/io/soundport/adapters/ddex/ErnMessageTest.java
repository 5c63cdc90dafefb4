package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.ReleasePackager.Party;
import io.soundport.domain.distribution.ReleasePackager;
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

    @Test
    void the_package_holds_the_message_and_a_manifest_whose_checksums_match_the_bytes() throws Exception {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(new ReleasePackager.Contents(
                DeliveryKind.DELIVERY, SENDER, RECIPIENT, "msg_01", TWO_TRACKS, "Björk", TRACKS, NOW));
        assertThat(pkg.messageId()).isEqualTo("msg_01");
        assertThat(pkg.kind()).isEqualTo(DeliveryKind.DELIVERY);
        assertThat(pkg.files()).containsOnlyKeys("msg_01.xml", "manifest.json");
        byte[] xml = pkg.files().get("msg_01.xml");
        assertThat(parse(xml).getDocumentElement().getLocalName()).isEqualTo("NewReleaseMessage");

        String manifest = new String(pkg.files().get("manifest.json"), StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
        assertThat(manifest).isEqualTo("{\"message_id\":\"msg_01\",\"kind\":\"DELIVERY\",\"release_id\":\"rel_01\","
                + "\"upc\":\"036000291452\",\"created_at\":\"2025-06-01T10:15:30Z\",\"files\":[{\"name\":\"msg_01.xml\","
                + "\"size\":" + xml.length + ",\"sha256\":\"" + sha + "\"}]}");
        Matcher m = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(manifest);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(DeliveryManifest.sha256(xml));
    }

    @Test
    void a_takedown_package_says_so_in_its_manifest() {
        DeliveryPackage pkg = new DdexErnReleasePackager().pack(new ReleasePackager.Contents(
                DeliveryKind.TAKEDOWN, SENDER, RECIPIENT, "msg_09", TWO_TRACKS, "Björk", TRACKS, NOW));
        assertThat(pkg.kind()).isEqualTo(DeliveryKind.TAKEDOWN);
        assertThat(new String(pkg.files().get("manifest.json"), StandardCharsets.UTF_8))
                .contains("\"kind\":\"TAKEDOWN\"").contains("\"name\":\"msg_09.xml\"");
        // TWO_TRACKS comes out after NOW: its takedown carries no deal
        assertThat(new String(pkg.files().get("msg_09.xml"), StandardCharsets.UTF_8)).doesNotContain("<DealList");
    }

    @Test
    void manifest_entries_are_by_name_with_known_checksums_and_never_list_the_manifest() {
        var entries = DeliveryManifest.entries(java.util.Map.of(
                "b.bin", "abc".getBytes(StandardCharsets.US_ASCII), "a.bin", new byte[0],
                "manifest.json", new byte[]{1}));
        assertThat(entries).containsExactly(
                new DeliveryManifest.Entry("a.bin", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                new DeliveryManifest.Entry("b.bin", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}
