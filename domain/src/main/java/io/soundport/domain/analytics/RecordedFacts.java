package io.soundport.domain.analytics;

/** What recording a batch of facts did: how many were new and counted, how many had been recorded before. */
public record RecordedFacts(int recorded, int duplicates) {
    public RecordedFacts plus(RecordedFacts other) {
        return new RecordedFacts(recorded + other.recorded, duplicates + other.duplicates);
    }
}
