import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.IssuedApiKey;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseSummary;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.ReleaseListParams;
import io.soundport.sdk.param.TrackParams;

import java.time.LocalDate;

public class Ingest {
    public static void main(String[] args) {
        String baseUrl = System.getenv().getOrDefault("SOUNDPORT_URL", "http://localhost:8080");
        String email = "ada+" + System.currentTimeMillis() + "@example.com";

        // 1. An account, signed in with its credentials (the client renews its tokens itself)
        SoundportClient admin = SoundportClient.builder().baseUrl(baseUrl)
                .credentials(email, "correct horse battery").build();
        admin.auth().register(RegisterParams.builder().email(email).password("correct horse battery")
                .name("Ada Lovelace").organizationName("Analytical Records").build());

        // 2. A partner application and its API key (shown this once)
        Application app = admin.apps().create(AppCreateParams.builder().name("Ingestion bot").build());
        IssuedApiKey key = admin.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("ci")
                .scopes(ApiKeyScope.READ, ApiKeyScope.WRITE).build());
        System.out.println("API key " + key.prefix() + "… for " + app.name());

        // 3. Ingest releases with the key
        SoundportClient client = SoundportClient.builder().baseUrl(baseUrl).apiKey(key.key()).build();
        for (int i = 1; i <= 3; i++) {
            Release release = client.releases().create(ReleaseCreateParams.builder()
                    .title("Night Drive " + i).artistName("The Midnight").upc(i == 1 ? "036000291452" : null)
                    .releaseDate(LocalDate.of(2026, 12, 4)).territories("US", "GB")
                    .tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839").durationMs(215_000L).build())
                    .build());
            System.out.println("ingested " + release.id() + " " + release.title() + " (" + release.status() + ", "
                    + release.tracks().size() + " track)");
        }

        // 4. Page through every release, two per request
        for (ReleaseSummary r : client.releases().list(ReleaseListParams.builder().limit(2).build())
                .autoPagingIterable()) {
            System.out.println(r.id() + "  " + r.title() + "  " + r.status());
        }
    }
}
