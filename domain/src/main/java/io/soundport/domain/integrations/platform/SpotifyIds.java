package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The ids of one request for several items: 1 to {@value #MAX} of them, in the order asked, repeats allowed. */
public record SpotifyIds(List<SpotifyId> ids) {
    public static final int MAX = 50;

    public SpotifyIds {
        if (ids == null || ids.isEmpty()) {
            throw DomainException.invalid("ids", "must name at least one id");
        }
        if (ids.size() > MAX) {
            throw DomainException.invalid("ids", "must name at most " + MAX + " ids");
        }
        ids = List.copyOf(ids);
    }

    public static SpotifyIds of(SpotifyId... ids) {
        return new SpotifyIds(List.of(ids));
    }

    /** Ids separated by commas ({@code 3n3Ppam7vgaVa1iaRUc9Lp,3twNvmDtFQtAd5gMKedhLD}); each bad one named. */
    public static SpotifyIds parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            throw DomainException.invalid("ids", "must name at least one id");
        }
        Validation v = new Validation();
        List<String> values = Arrays.stream(commaSeparated.split(",", -1)).map(String::strip).toList();
        List<SpotifyId> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            ids.add(v.field("ids[" + i + "]", () -> SpotifyId.of(value)));
        }
        v.throwIfInvalid();
        return new SpotifyIds(ids);
    }

    /** The ids as Spotify lists them: comma-separated. */
    public String joined() {
        return String.join(",", ids.stream().map(SpotifyId::value).toList());
    }
}
