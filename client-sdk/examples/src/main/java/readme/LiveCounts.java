import io.soundport.sdk.RealtimeListener;
import io.soundport.sdk.RealtimeSubscription;
import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.exception.SoundportException;
import io.soundport.sdk.model.RealtimeStreams;

import java.util.concurrent.CountDownLatch;

public class LiveCounts {
    public static void main(String[] args) throws InterruptedException {
        // an API key with the read scope, and a track of its organization's catalog
        SoundportClient client = SoundportClient.builder()
                .baseUrl(System.getenv().getOrDefault("SOUNDPORT_URL", "http://localhost:8080"))
                .apiKey(System.getenv("SOUNDPORT_API_KEY")).build();
        CountDownLatch ended = new CountDownLatch(1);
        RealtimeSubscription subscription = client.analytics().subscribeRealtime(System.getenv("SOUNDPORT_TRACK_ID"),
                new RealtimeListener() {
                    @Override
                    public void onCounts(RealtimeStreams counts) {
                        long thisMinute = counts.minutes().get(counts.minutes().size() - 1).streams();
                        System.out.println(counts.total() + " streams in the last hour, " + thisMinute
                                + " this minute");
                    }

                    @Override
                    public void onError(SoundportException e) {
                        System.out.println("refused: " + e.getMessage());
                    }

                    @Override
                    public void onClosed(int code, String reason) {
                        System.out.println("closed " + code);
                        ended.countDown();
                    }
                });
        Runtime.getRuntime().addShutdownHook(new Thread(subscription::close)); // Ctrl-C ends the subscription
        ended.await();
        client.close();
    }
}
