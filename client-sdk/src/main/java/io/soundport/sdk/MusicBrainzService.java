package io.soundport.sdk;

import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ServiceUnavailableException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.MusicBrainzArtist;
import io.soundport.sdk.model.MusicBrainzRecording;
import io.soundport.sdk.model.MusicBrainzRelease;
import io.soundport.sdk.param.MusicBrainzSearchParams;

import static io.soundport.sdk.Transport.Call;

/**
 * MusicBrainz, searched and looked up through the server, which keeps to MusicBrainz's one request a second for
 * everyone and caches answers (a server without a MusicBrainz contact configured answers from its sandbox catalog).
 * Reached through {@link SoundportClient#musicbrainz()}; needs the {@code read} scope. Import a release with
 * {@link ReleaseService#importFromMusicBrainz(String)}.
 * <p>Every method may throw {@link IntegrationException} when MusicBrainz failed, and
 * {@link ServiceUnavailableException} (with a retry-after) when it is down or too busy; and the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class MusicBrainzService {
    private final Transport transport;

    MusicBrainzService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Searches MusicBrainz's artists, best match first.
     *
     * @param params the query and the page
     * @return a page of hits
     * @throws ValidationException when the query, limit or offset is invalid
     */
    public SearchPage<MusicBrainzArtist> searchArtists(MusicBrainzSearchParams params) {
        return searchArtists(params, RequestOptions.none());
    }

    /**
     * Searches MusicBrainz's artists, best match first.
     *
     * @param params  the query and the page
     * @param options a deadline
     * @return a page of hits
     * @throws ValidationException when the query, limit or offset is invalid
     */
    public SearchPage<MusicBrainzArtist> searchArtists(MusicBrainzSearchParams params, RequestOptions options) {
        return transport.searchPage(Call.get("musicbrainz", "artists").query(params).options(options),
                MusicBrainzArtist.class);
    }

    /**
     * Searches MusicBrainz's releases, best match first; a hit lists its media without their tracks.
     *
     * @param params the query and the page
     * @return a page of hits
     * @throws ValidationException when the query, limit or offset is invalid
     */
    public SearchPage<MusicBrainzRelease> searchReleases(MusicBrainzSearchParams params) {
        return searchReleases(params, RequestOptions.none());
    }

    /**
     * Searches MusicBrainz's releases, best match first; a hit lists its media without their tracks.
     *
     * @param params  the query and the page
     * @param options a deadline
     * @return a page of hits
     * @throws ValidationException when the query, limit or offset is invalid
     */
    public SearchPage<MusicBrainzRelease> searchReleases(MusicBrainzSearchParams params, RequestOptions options) {
        return transport.searchPage(Call.get("musicbrainz", "releases").query(params).options(options),
                MusicBrainzRelease.class);
    }

    /**
     * Searches MusicBrainz's recordings, best match first.
     *
     * @param params the query and the page
     * @return a page of hits
     * @throws ValidationException when the query, limit or offset is invalid
     */
    public SearchPage<MusicBrainzRecording> searchRecordings(MusicBrainzSearchParams params) {
        return searchRecordings(params, RequestOptions.none());
    }

    /**
     * Searches MusicBrainz's recordings, best match first.
     *
     * @param params  the query and the page
     * @param options a deadline
     * @return a page of hits
     * @throws ValidationException when the query, limit or offset is invalid
     */
    public SearchPage<MusicBrainzRecording> searchRecordings(MusicBrainzSearchParams params, RequestOptions options) {
        return transport.searchPage(Call.get("musicbrainz", "recordings").query(params).options(options),
                MusicBrainzRecording.class);
    }

    /**
     * Reads one MusicBrainz artist.
     *
     * @param mbid the MusicBrainz id
     * @return the artist
     * @throws NotFoundException   when MusicBrainz does not know it
     * @throws ValidationException when the id is no MusicBrainz id
     */
    public MusicBrainzArtist retrieveArtist(String mbid) {
        return retrieveArtist(mbid, RequestOptions.none());
    }

    /**
     * Reads one MusicBrainz artist.
     *
     * @param mbid    the MusicBrainz id
     * @param options a deadline
     * @return the artist
     * @throws NotFoundException   when MusicBrainz does not know it
     * @throws ValidationException when the id is no MusicBrainz id
     */
    public MusicBrainzArtist retrieveArtist(String mbid, RequestOptions options) {
        return transport.send(Call.get("musicbrainz", "artists", mbid).options(options), MusicBrainzArtist.class);
    }

    /**
     * Reads one MusicBrainz release with its labels, media, tracks, recordings and ISRCs.
     *
     * @param mbid the MusicBrainz id
     * @return the release
     * @throws NotFoundException   when MusicBrainz does not know it
     * @throws ValidationException when the id is no MusicBrainz id
     */
    public MusicBrainzRelease retrieveRelease(String mbid) {
        return retrieveRelease(mbid, RequestOptions.none());
    }

    /**
     * Reads one MusicBrainz release with its labels, media, tracks, recordings and ISRCs.
     *
     * @param mbid    the MusicBrainz id
     * @param options a deadline
     * @return the release
     * @throws NotFoundException   when MusicBrainz does not know it
     * @throws ValidationException when the id is no MusicBrainz id
     */
    public MusicBrainzRelease retrieveRelease(String mbid, RequestOptions options) {
        return transport.send(Call.get("musicbrainz", "releases", mbid).options(options), MusicBrainzRelease.class);
    }

    /**
     * Reads one MusicBrainz recording with its artists, ISRCs and releases.
     *
     * @param mbid the MusicBrainz id
     * @return the recording
     * @throws NotFoundException   when MusicBrainz does not know it
     * @throws ValidationException when the id is no MusicBrainz id
     */
    public MusicBrainzRecording retrieveRecording(String mbid) {
        return retrieveRecording(mbid, RequestOptions.none());
    }

    /**
     * Reads one MusicBrainz recording with its artists, ISRCs and releases.
     *
     * @param mbid    the MusicBrainz id
     * @param options a deadline
     * @return the recording
     * @throws NotFoundException   when MusicBrainz does not know it
     * @throws ValidationException when the id is no MusicBrainz id
     */
    public MusicBrainzRecording retrieveRecording(String mbid, RequestOptions options) {
        return transport.send(Call.get("musicbrainz", "recordings", mbid).options(options),
                MusicBrainzRecording.class);
    }
}
