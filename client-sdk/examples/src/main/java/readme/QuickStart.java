import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseSummary;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.ReleaseListParams;
import io.soundport.sdk.param.TrackParams;

import java.time.LocalDate;

public class QuickStart {
    public static void main(String[] args) {
        // an API key with the read and write scopes (POST /apps/{id}/keys)
        SoundportClient client = SoundportClient.builder()
                .baseUrl(System.getenv().getOrDefault("SOUNDPORT_URL", "http://localhost:8080"))
                .apiKey(System.getenv("SOUNDPORT_API_KEY")).build();
        Release release = client.releases().create(ReleaseCreateParams.builder()
                .title("Night Drive").artistName("The Midnight").releaseDate(LocalDate.of(2026, 12, 4))
                .tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839").durationMs(215_000L).build())
                .build());
        System.out.println("created " + release.id());
        for (ReleaseSummary r : client.releases().list(ReleaseListParams.builder().limit(50).build())
                .autoPagingIterable()) {
            System.out.println(r.id() + " " + r.title());
        }
    }
}
