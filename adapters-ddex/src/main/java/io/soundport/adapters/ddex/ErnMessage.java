package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.CopyrightLine;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.ReleasePackager.Contents;
import io.soundport.domain.distribution.ReleasePackager.Media;
import io.soundport.domain.distribution.ReleasePackager.MediaFile;
import io.soundport.domain.distribution.ReleasePackager.Party;
import io.soundport.domain.distribution.ReleasePackager.Terms;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A DDEX ERN 4.3 {@code NewReleaseMessage} for one release, built with the JDK's DOM and serialized as UTF-8.
 *
 * <p>Every message validates against the official ERN 4.3 schema (the tests hold it) once the parties carry DDEX Party
 * IDs and the release its label and genre. The root element is {@code ern:NewReleaseMessage} in {@value #NAMESPACE}
 * with {@code ReleaseProfileVersionId} ({@code SimpleAudioSingle} for a single of one or two recordings,
 * {@code Audio} otherwise), {@code AvsVersionId} {@value #AVS_VERSION_ID} (the AVS the schema imports) and
 * {@code LanguageAndScriptCode}; every other element is unqualified, as the
 * ERN 4.3 schema declares ({@code elementFormDefault="unqualified"}). The message carries:
 * <ul>
 *   <li>{@code MessageHeader}: {@code MessageThreadId} (the release id, so the delivery and a later takedown of the
 *       same release share a thread), {@code MessageId}, {@code MessageSender} and {@code MessageRecipient} (each a
 *       {@code PartyId} and {@code PartyName/FullName}), {@code MessageCreatedDateTime} (UTC, whole seconds) and
 *       {@code MessageControlType}: {@code TestMessage} to a test partner, {@code LiveMessage} otherwise;</li>
 *   <li>{@code PartyList}: the display artist ({@code PArtist}) and, when the release has one, the label
 *       ({@code PLabel}), which the resources and the release refer to;</li>
 *   <li>{@code ResourceList}: one {@code SoundRecording} per track, {@code A1}, {@code A2}, … in track order, with
 *       {@code SoundRecordingEdition/ResourceId/ISRC} and {@code SoundRecordingEdition/PLine} (the release's ℗ line:
 *       Soundport keeps one per release), {@code DisplayTitleText}, {@code DisplayTitle},
 *       {@code DisplayArtistName}, {@code DisplayArtist}, {@code Duration} in ISO 8601 ({@code PT3M35S}) and
 *       {@code ParentalWarningType} ({@code Explicit} or {@code NotExplicit}); a track whose audio goes with the
 *       message gets {@code SoundRecordingEdition/TechnicalDetails} ({@code T1}, {@code T2}, … as its {@code A}
 *       number) with one {@code DeliveryFile}: {@code AudioFile}, {@code ContainerFormat} {@code WAV} for a WAV,
 *       {@code AudioCodecType} ({@code PCM} or {@code FLAC}), {@code NumberOfChannels}, {@code SamplingRate} (Hz),
 *       {@code BitsPerSample} and its {@code File};</li>
 *   <li>after the recordings, when the cover goes with the message, an {@code Image} ({@code FrontCoverImage},
 *       the next {@code A} reference) named by a {@code ProprietaryId} ({@code PACKSHOT:<UPC>}, as in DDEX's
 *       sample) in the sender's namespace, with {@code TechnicalDetails}: {@code ImageCodecType} ({@code JPEG} or
 *       {@code PNG}), {@code ImageHeight} and {@code ImageWidth} in pixels, and its {@code File};</li>
 *   <li>{@code ReleaseList}: the release {@code R0} with {@code ReleaseType}, {@code ReleaseId/ICPN} (the UPC),
 *       {@code DisplayTitleText}, {@code DisplayTitle}, {@code DisplayArtistName}, {@code DisplayArtist},
 *       {@code ReleaseLabelReference} (when there is a label), {@code PLine} and {@code CLine} ({@code Year},
 *       {@code PLineCompany}/{@code CLineCompany}, {@code PLineText}/{@code CLineText}), {@code Duration} (the sum of the tracks),
 *       {@code Genre/GenreText} (when there is a genre), {@code ReleaseDate}, {@code ParentalWarningType}
 *       ({@code Explicit} when any track is) and a {@code ResourceGroup} listing {@code A1}, {@code A2}, … with their
 *       sequence numbers, and linking the cover ({@code LinkedReleaseResourceReference}) when there is one;</li>
 *   <li>{@code DealList}: one {@code ReleaseDeal} for {@code R0} with two deals, streaming
 *       ({@code SubscriptionModel} / {@code OnDemandStream}) and download ({@code PayAsYouGoModel} /
 *       {@code PermanentDownload}), each with one {@code TerritoryCode} per territory of the release
 *       ({@code Worldwide} for {@code WORLD}) and a {@code ValidityPeriod} starting on the release date.</li>
 * </ul>
 *
 * <p><b>Media.</b> Only a delivery carries media: a takedown references none. A media file's {@code File} is its
 * path in the package, {@code resources/<name>} beside the message, named as DDEX's samples name them:
 * {@code <UPC>_01_<nnn>.<wav|flac>} for the audio of the {@code nnn}th recording of the message (three digits, from
 * 1), {@code <UPC>.<jpg|png>} for the cover; its {@code HashSum} ({@code MD5}) and {@code FileSize} (in kilobytes of
 * 1,000 bytes, as DDEX's {@code FileSize} is defined in kilobytes; exact, so the byte count can be read back) come
 * from the stored asset, never from reading the file. Audio of a track that is not in the message is left out: the
 * message could not name it.
 *
 * <p><b>Update.</b> ERN 4.3 has no {@code UpdateIndicator} (ERN 3 had one): a changed release is sent again as a full
 * {@code NewReleaseMessage} in the same thread, which replaces what the recipient had; the header's
 * {@code MessageControlType} says only whether the message is live or a test.
 *
 * <p><b>Takedown.</b> ERN 4.3 has no takedown flag: the standard's {@code Deal} definition allows exactly one change
 * to the terms of an existing deal, "the addition of an EndDate to the Deal's ValidityPeriod". A takedown never opens
 * a sale window:
 * <ul>
 *   <li>a release that may be on sale at the recipient (delivered there live before, its release date reached) gets
 *       the same message whose deals end before now: {@code ValidityPeriod} from {@code StartDateTime} (the release
 *       date, 00:00 UTC) to {@code EndDateTime} (one second before the message's creation time, whole seconds);</li>
 *   <li>a release that never went on sale there (release date still ahead, or never delivered live) gets the same
 *       message without any {@code DealList}, or, for a recipient that asks for it
 *       ({@link TakedownMessage#PURGE}), a {@code PurgeReleaseMessage} naming the release by its ICPN and title.</li>
 * </ul>
 *
 * <p>The identifiers a DSP needs are checked before anything is built: the release must have a UPC and a release
 * date, and every track an ISRC; the message id must be usable as a file name ({@code [A-Za-z0-9._-]}, at most 128
 * characters, not starting with a dot), since it names the message's file in the package. Text is escaped by the
 * serializer; characters XML 1.0 cannot carry at all (control characters other than tab, line feed and carriage
 * return, unpaired surrogates) are dropped.
 */
final class ErnMessage {
    static final String NAMESPACE = "http://ddex.net/xml/ern/43";
    static final String PREFIX = "ern";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://service.ddex.net/xml/ern/43/release-notification.xsd";
    /** The version of the Allowed Value Sets that the ERN 4.3 schema imports (its {@code AvsVersionId}). */
    static final String AVS_VERSION_ID = "3";
    /** {@code ReleaseProfileVersionId} of a single of one or two recordings. */
    static final String SIMPLE_AUDIO_SINGLE = "SimpleAudioSingle";
    /** {@code ReleaseProfileVersionId} of every other audio release. */
    static final String AUDIO = "Audio";
    static final String LANGUAGE_AND_SCRIPT_CODE = "en";
    static final String RELEASE_REFERENCE = "R0";
    static final String ARTIST_PARTY_REFERENCE = "PArtist";
    static final String LABEL_PARTY_REFERENCE = "PLabel";
    /** The folder of the media files, beside the message. */
    static final String RESOURCES = DeliveryPackage.RESOURCES + "/";

    /** The commercial model and use type of each deal offered, in order. */
    static final List<DealType> DEALS = List.of(
            new DealType("SubscriptionModel", "OnDemandStream"),
            new DealType("PayAsYouGoModel", "PermanentDownload"));

    private static final Pattern MESSAGE_ID = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final String messageId;
    private final DeliveryKind kind;
    private final byte[] bytes;
    private final List<Resource> resources;

    private ErnMessage(String messageId, DeliveryKind kind, byte[] bytes, List<Resource> resources) {
        this.messageId = messageId;
        this.kind = kind;
        this.bytes = bytes;
        this.resources = List.copyOf(resources);
    }

    /** A media file the message references, at its path in the package ({@code resources/<name>}). */
    record Resource(String path, MediaFile file) {
        MediaAsset asset() {
            return file.asset();
        }
    }

    /** A deal's commercial model type and use type, as named by the DDEX allowed-value sets. */
    record DealType(String commercialModelType, String useType) {
    }

    /** The live message that delivers the release: deals valid from the release date until further notice. */
    static ErnMessage newRelease(Party sender, Party recipient, String messageId, Release release,
                                 String artistName, List<Track> tracks, Instant now) {
        return of(new Contents(DeliveryKind.DELIVERY, sender, recipient, messageId, release, artistName, tracks, now));
    }

    /** The live message that takes down a release the recipient may have on sale: its deals end before now. */
    static ErnMessage takedown(Party sender, Party recipient, String messageId, Release release,
                               String artistName, List<Track> tracks, Instant now) {
        return of(new Contents(DeliveryKind.TAKEDOWN, sender, recipient, messageId, release, artistName, tracks, now));
    }

    /** The message of {@code contents}, by kind and terms. */
    static ErnMessage of(Contents contents) {
        Objects.requireNonNull(contents, "contents");
        // a takedown sends no media, whatever it was given
        Media media = contents.kind() == DeliveryKind.TAKEDOWN ? Media.NONE : contents.media();
        return build(contents.kind(), contents.sender(), contents.recipient(), contents.messageId(),
                contents.release(), contents.artistName(), contents.tracks(), contents.createdAt(), contents.terms(),
                media);
    }

    /** Checks that a message id can be used, and as a file name; returns it. */
    static String checkMessageId(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw DomainException.invalid("message_id",
                    "must be 1 to 128 letters, digits, '.', '_' or '-', not starting with '.'");
        }
        return messageId;
    }

    String messageId() {
        return messageId;
    }

    DeliveryKind kind() {
        return kind;
    }

    /** The name of the message's file in a package: {@code <messageId>.xml}. */
    String fileName() {
        return messageId + ".xml";
    }

    /** The media files the message references, the recordings' in track order, then the cover. */
    List<Resource> resources() {
        return resources;
    }

    /** The XML, UTF-8 encoded (a copy). */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The XML as text. */
    String xml() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static ErnMessage build(DeliveryKind kind, Party sender, Party recipient, String messageId,
                                    Release release, String artistName, List<Track> tracks, Instant now,
                                    Terms terms, Media media) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(tracks, "tracks");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(media, "media");
        checkMessageId(messageId);
        String artist = Validation.requireText(artistName, "artist_name", 300);
        Validation v = new Validation();
        v.require(release.upc() != null, "upc", "a release needs a UPC to be delivered");
        v.require(release.releaseDate() != null, "release_date", "a release needs a release date to be delivered");
        v.require(!tracks.isEmpty(), "tracks", "a release needs at least one track to be delivered");
        List<Track> ordered = inOrder(tracks);
        for (int i = 0; i < ordered.size(); i++) {
            v.require(ordered.get(i).isrc() != null, "tracks[" + i + "].isrc",
                    "every track needs an ISRC to be delivered");
        }
        v.throwIfInvalid();

        boolean takedown = kind == DeliveryKind.TAKEDOWN;
        boolean mayBeOnSale = terms.deliveredLive()
                && !release.releaseDate().isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate());
        boolean purge = takedown && !mayBeOnSale && terms.takedown() == TakedownMessage.PURGE;

        Document doc = newDocument();
        Element root = doc.createElementNS(NAMESPACE, PREFIX + (purge ? ":PurgeReleaseMessage" : ":NewReleaseMessage"));
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", SCHEMA_LOCATION);
        if (!purge) {
            root.setAttribute("ReleaseProfileVersionId", releaseProfile(ordered.size(),
                    releaseType(ordered.size(), totalMs(ordered))));
        }
        root.setAttribute("AvsVersionId", AVS_VERSION_ID);
        root.setAttribute("LanguageAndScriptCode", LANGUAGE_AND_SCRIPT_CODE);
        doc.appendChild(root);

        messageHeader(doc, root, sender, recipient, messageId, release, now, terms.test());
        if (purge) {
            Element purged = child(doc, root, "PurgedRelease");
            text(doc, child(doc, purged, "ReleaseId"), "ICPN", release.upc().value());
            text(doc, child(doc, purged, "Title"), "TitleText", release.title());
            return new ErnMessage(messageId, kind, serialize(doc), List.of());
        }
        String upc = release.upc().value();
        List<Resource> audio = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            MediaFile file = media.audio().get(ordered.get(i).id());
            audio.add(file == null ? null : new Resource(RESOURCES + audioFileName(upc, i, file.asset()), file));
        }
        Resource cover = media.artwork() == null ? null
                : new Resource(RESOURCES + coverFileName(upc, media.artwork().asset()), media.artwork());

        partyList(doc, root, artist, release.label());
        resourceList(doc, root, artist, ordered, release.pLine(), audio, cover, sender, upc);
        releaseList(doc, root, release, artist, ordered, cover == null ? null : resourceReference(ordered.size()));
        if (!takedown) {
            dealList(doc, root, release, null);
        } else if (mayBeOnSale) {
            dealList(doc, root, release, now.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
        }
        // a takedown of a release that never went on sale carries no deal at all: nothing to open, nothing to end
        List<Resource> resources = new ArrayList<>(audio.stream().filter(Objects::nonNull).toList());
        if (cover != null) {
            resources.add(cover);
        }
        return new ErnMessage(messageId, kind, serialize(doc), resources);
    }

    /** By position (tracks without one after those with one), otherwise in the order given. */
    private static List<Track> inOrder(List<Track> tracks) {
        List<Track> ordered = new ArrayList<>(tracks);
        ordered.forEach(t -> Objects.requireNonNull(t, "track"));
        ordered.sort(Comparator.comparing(Track::position, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }

    private static void messageHeader(Document doc, Element root, Party sender, Party recipient, String messageId,
                                      Release release, Instant now, boolean test) {
        Element header = child(doc, root, "MessageHeader");
        text(doc, header, "MessageThreadId", release.id().value());
        text(doc, header, "MessageId", messageId);
        party(doc, child(doc, header, "MessageSender"), sender);
        party(doc, child(doc, header, "MessageRecipient"), recipient);
        text(doc, header, "MessageCreatedDateTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
        text(doc, header, "MessageControlType", test ? "TestMessage" : "LiveMessage");
    }

    private static void party(Document doc, Element parent, Party party) {
        text(doc, parent, "PartyId", party.id());
        text(doc, child(doc, parent, "PartyName"), "FullName", party.name());
    }

    private static void partyList(Document doc, Element root, String artist, String label) {
        Element list = child(doc, root, "PartyList");
        Element artistParty = child(doc, list, "Party");
        text(doc, artistParty, "PartyReference", ARTIST_PARTY_REFERENCE);
        text(doc, child(doc, artistParty, "PartyName"), "FullName", artist);
        if (label != null) {
            Element labelParty = child(doc, list, "Party");
            text(doc, labelParty, "PartyReference", LABEL_PARTY_REFERENCE);
            text(doc, child(doc, labelParty, "PartyName"), "FullName", label);
        }
    }

    private static void resourceList(Document doc, Element root, String artist, List<Track> tracks,
                                     CopyrightLine pLine, List<Resource> audio, Resource cover, Party sender,
                                     String upc) {
        Element list = child(doc, root, "ResourceList");
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            Element recording = child(doc, list, "SoundRecording");
            text(doc, recording, "ResourceReference", resourceReference(i));
            text(doc, recording, "Type", "MusicalWorkSoundRecording");
            Element edition = child(doc, recording, "SoundRecordingEdition");
            text(doc, child(doc, edition, "ResourceId"), "ISRC", track.isrc().value());
            if (pLine != null) {
                // a recording's ℗ line is its release's: Soundport keeps one per release
                copyrightLine(doc, edition, "PLine", pLine);
            }
            if (audio.get(i) != null) {
                audioDetails(doc, edition, technicalReference(i), audio.get(i));
            }
            text(doc, recording, "DisplayTitleText", track.title());
            text(doc, child(doc, recording, "DisplayTitle"), "TitleText", track.title());
            text(doc, recording, "DisplayArtistName", artist);
            displayArtist(doc, recording);
            text(doc, recording, "Duration", isoDuration(track.durationMs()));
            text(doc, recording, "ParentalWarningType", track.explicit() ? "Explicit" : "NotExplicit");
        }
        if (cover != null) {
            image(doc, list, tracks.size(), cover, sender, upc);
        }
    }

    /** The {@code TechnicalDetails} of a recording whose audio file goes with the message, in the schema's order. */
    private static void audioDetails(Document doc, Element edition, String reference, Resource resource) {
        MediaAsset asset = resource.asset();
        MediaFacts.Audio facts = (MediaFacts.Audio) asset.facts();
        Element details = child(doc, edition, "TechnicalDetails");
        text(doc, details, "TechnicalResourceDetailsReference", reference);
        Element deliveryFile = child(doc, details, "DeliveryFile");
        text(doc, deliveryFile, "Type", "AudioFile");
        if (resource.path().endsWith(".wav")) {
            text(doc, deliveryFile, "ContainerFormat", "WAV");
        }
        codecType(doc, deliveryFile, "AudioCodecType", audioCodec(facts.codec()), facts.codec());
        text(doc, deliveryFile, "NumberOfChannels", Integer.toString(facts.channels()));
        text(doc, deliveryFile, "SamplingRate", Integer.toString(facts.sampleRate()))
                .setAttribute("UnitOfMeasure", "Hz");
        text(doc, deliveryFile, "BitsPerSample", Integer.toString(facts.bitDepth()));
        file(doc, deliveryFile, resource);
    }

    /** The cover as an {@code Image} resource: {@code A<n+1>} after the {@code n} recordings. */
    private static void image(Document doc, Element list, int index, Resource resource, Party sender, String upc) {
        MediaFacts.Image facts = (MediaFacts.Image) resource.asset().facts();
        Element image = child(doc, list, "Image");
        text(doc, image, "ResourceReference", resourceReference(index));
        text(doc, image, "Type", "FrontCoverImage");
        text(doc, child(doc, image, "ResourceId"), "ProprietaryId", "PACKSHOT:" + upc)
                .setAttribute("Namespace", sender.id());
        Element details = child(doc, image, "TechnicalDetails");
        text(doc, details, "TechnicalResourceDetailsReference", technicalReference(index));
        codecType(doc, details, "ImageCodecType", imageCodec(facts.codec()), facts.codec());
        text(doc, details, "ImageHeight", Integer.toString(facts.height())).setAttribute("UnitOfMeasure", "Pixel");
        text(doc, details, "ImageWidth", Integer.toString(facts.width())).setAttribute("UnitOfMeasure", "Pixel");
        file(doc, details, resource);
    }

    /** {@code File}: its path in the package, the stored MD5 and the size in kilobytes. */
    private static void file(Document doc, Element parent, Resource resource) {
        Element file = child(doc, parent, "File");
        text(doc, file, "URI", resource.path());
        Element hashSum = child(doc, file, "HashSum");
        text(doc, hashSum, "Algorithm", "MD5");
        text(doc, hashSum, "HashSumValue", resource.asset().md5());
        text(doc, file, "FileSize", kilobytes(resource.asset().size()));
    }

    /** A codec the allowed-value set names, or {@code UserDefined} with the platform's name of it. */
    private static void codecType(Document doc, Element parent, String name, String avsValue, String codec) {
        Element element = text(doc, parent, name, avsValue == null ? "UserDefined" : avsValue);
        if (avsValue == null) {
            element.setAttribute("UserDefinedValue", codec);
        }
    }

    /** The AVS {@code AudioCodecType} of a platform codec ({@code PCM} for any WAV), null when the AVS has none. */
    static String audioCodec(String codec) {
        String upper = codec.toUpperCase(Locale.ROOT);
        if (upper.startsWith("PCM")) {
            return "PCM";
        }
        return "FLAC".equals(upper) ? "FLAC" : null;
    }

    /** The AVS {@code ImageCodecType} of a platform codec, null when the AVS has none. */
    static String imageCodec(String codec) {
        String upper = codec.toUpperCase(Locale.ROOT);
        return "JPEG".equals(upper) || "PNG".equals(upper) ? upper : null;
    }

    /** {@code <UPC>_01_<nnn>.<wav|flac>} for the audio of the recording at {@code index} (0-based) of disc 1. */
    static String audioFileName(String upc, int index, MediaAsset asset) {
        return upc + "_01_" + String.format(Locale.ROOT, "%03d", index + 1) + "." + extension(asset);
    }

    /** {@code <UPC>.<jpg|png>} for the cover. */
    static String coverFileName(String upc, MediaAsset asset) {
        return upc + "." + extension(asset);
    }

    /** The file extension of an asset, by its content type, else by its codec. */
    static String extension(MediaAsset asset) {
        MediaFormat format = MediaFormat.of(asset.contentType())
                .filter(f -> f.kind() == asset.subject().kind())
                .orElseGet(() -> formatOfCodec(asset));
        return switch (format) {
            case WAV -> "wav";
            case FLAC -> "flac";
            case JPEG -> "jpg";
            case PNG -> "png";
        };
    }

    private static MediaFormat formatOfCodec(MediaAsset asset) {
        String codec = asset.facts().codec().toUpperCase(Locale.ROOT);
        if (asset.facts() instanceof MediaFacts.Audio) {
            if (codec.startsWith("PCM")) {
                return MediaFormat.WAV;
            }
            if (codec.equals("FLAC")) {
                return MediaFormat.FLAC;
            }
        } else if (codec.equals("JPEG") || codec.equals("PNG")) {
            return MediaFormat.valueOf(codec);
        }
        throw DomainException.invalid("media", "the " + asset.subject() + " is neither WAV nor FLAC audio nor a "
                + "JPEG or PNG image (" + asset.contentType() + ", " + asset.facts().codec() + ")");
    }

    /** A size in bytes as DDEX's {@code FileSize}, kilobytes: exact, {@code 41234.567} for 41,234,567 bytes. */
    static String kilobytes(long bytes) {
        return BigDecimal.valueOf(bytes).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    private static void releaseList(Document doc, Element root, Release release, String artist, List<Track> tracks,
                                    String coverReference) {
        Element list = child(doc, root, "ReleaseList");
        Element r = child(doc, list, "Release");
        text(doc, r, "ReleaseReference", RELEASE_REFERENCE);
        long totalMs = totalMs(tracks);
        text(doc, r, "ReleaseType", releaseType(tracks.size(), totalMs));
        text(doc, child(doc, r, "ReleaseId"), "ICPN", release.upc().value());
        text(doc, r, "DisplayTitleText", release.title());
        text(doc, child(doc, r, "DisplayTitle"), "TitleText", release.title());
        text(doc, r, "DisplayArtistName", artist);
        displayArtist(doc, r);
        if (release.label() != null) {
            text(doc, r, "ReleaseLabelReference", LABEL_PARTY_REFERENCE);
        }
        if (release.pLine() != null) {
            copyrightLine(doc, r, "PLine", release.pLine());
        }
        if (release.cLine() != null) {
            copyrightLine(doc, r, "CLine", release.cLine());
        }
        text(doc, r, "Duration", isoDuration(totalMs));
        if (release.genre() != null) {
            text(doc, child(doc, r, "Genre"), "GenreText", release.genre());
        }
        text(doc, r, "ReleaseDate", release.releaseDate().toString());
        text(doc, r, "ParentalWarningType",
                tracks.stream().anyMatch(Track::explicit) ? "Explicit" : "NotExplicit");
        Element group = child(doc, r, "ResourceGroup");
        for (int i = 0; i < tracks.size(); i++) {
            Element item = child(doc, group, "ResourceGroupContentItem");
            text(doc, item, "SequenceNumber", Integer.toString(i + 1));
            text(doc, item, "ReleaseResourceReference", resourceReference(i));
        }
        if (coverReference != null) {
            text(doc, group, "LinkedReleaseResourceReference", coverReference);
        }
    }

    /**
     * The deals, valid from the release date; with {@code end}, they ended then (a takedown of a release on sale,
     * where the release date is not after {@code end}'s day).
     */
    private static void dealList(Document doc, Element root, Release release, Instant end) {
        Element list = child(doc, root, "DealList");
        Element releaseDeal = child(doc, list, "ReleaseDeal");
        text(doc, releaseDeal, "DealReleaseReference", RELEASE_REFERENCE);
        for (DealType type : DEALS) {
            Element terms = child(doc, child(doc, releaseDeal, "Deal"), "DealTerms");
            for (Territory territory : release.territories()) {
                text(doc, terms, "TerritoryCode", territoryCode(territory));
            }
            Element validity = child(doc, terms, "ValidityPeriod");
            if (end == null) {
                text(doc, validity, "StartDate", release.releaseDate().toString());
            } else {
                Instant start = release.releaseDate().atStartOfDay(ZoneOffset.UTC).toInstant();
                text(doc, validity, "StartDateTime", (start.isAfter(end) ? end : start).toString());
                text(doc, validity, "EndDateTime", end.toString());
            }
            text(doc, terms, "CommercialModelType", type.commercialModelType());
            text(doc, terms, "UseType", type.useType());
        }
    }

    /** {@code PLine} or {@code CLine}: {@code Year}, the company and the text as printed ({@code 2025 Owner}). */
    private static void copyrightLine(Document doc, Element parent, String name, CopyrightLine line) {
        Element element = child(doc, parent, name);
        text(doc, element, "Year", Integer.toString(line.year()));
        text(doc, element, name + "Company", line.owner());
        text(doc, element, name + "Text", line.text());
    }

    private static void displayArtist(Document doc, Element parent) {
        Element displayArtist = child(doc, parent, "DisplayArtist");
        displayArtist.setAttribute("SequenceNumber", "1");
        text(doc, displayArtist, "ArtistPartyReference", ARTIST_PARTY_REFERENCE);
        text(doc, displayArtist, "DisplayArtistRole", "MainArtist");
    }

    /** {@code A1}, {@code A2}, … for the track at {@code index} (0-based); the cover's after the last track's. */
    static String resourceReference(int index) {
        return "A" + (index + 1);
    }

    /** {@code T1}, {@code T2}, …: the technical details of the resource {@code A1}, {@code A2}, …. */
    static String technicalReference(int index) {
        return "T" + (index + 1);
    }

    /** {@code WORLD} is {@code Worldwide} in DDEX; countries keep their ISO 3166-1 alpha-2 code. */
    static String territoryCode(Territory territory) {
        return Territory.WORLD.equals(territory) ? "Worldwide" : territory.code();
    }

    /** ISO 8601 duration of whole and fractional seconds, minutes and hours: {@code PT3M35S}, {@code PT1H2M3.5S}. */
    static String isoDuration(long millis) {
        return Duration.ofMillis(millis).toString();
    }

    private static long totalMs(List<Track> tracks) {
        return tracks.stream().mapToLong(Track::durationMs).sum();
    }

    /** {@code SimpleAudioSingle} for a single of one or two recordings, {@code Audio} for every other release. */
    static String releaseProfile(int trackCount, String releaseType) {
        return "Single".equals(releaseType) && trackCount <= 2 ? SIMPLE_AUDIO_SINGLE : AUDIO;
    }

    /** DDEX's usual rule of thumb: up to 3 tracks under 30 minutes a Single, up to 6 an EP, otherwise an Album. */
    static String releaseType(int trackCount, long totalMs) {
        boolean underHalfHour = totalMs < Duration.ofMinutes(30).toMillis();
        if (underHalfHour && trackCount <= 3) {
            return "Single";
        }
        if (underHalfHour && trackCount <= 6) {
            return "EP";
        }
        return "Album";
    }

    private static Element child(Document doc, Element parent, String name) {
        Element element = doc.createElementNS(null, name);
        parent.appendChild(element);
        return element;
    }

    private static Element text(Document doc, Element parent, String name, String value) {
        Element element = child(doc, parent, name);
        element.appendChild(doc.createTextNode(xmlSafe(value)));
        return element;
    }

    /** Drops the characters XML 1.0 cannot represent, escaped or not. */
    static String xmlSafe(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (keep) {
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else {
                keep = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!keep && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML document builder is not available", e);
        }
    }

    private static byte[] serialize(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("The ERN message could not be serialized", e);
        }
    }
}
