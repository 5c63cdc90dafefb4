package io.soundport.domain.integrations.ads;

/** A Meta pixel (dataset) id, to which the Conversions API sends events: digits. */
public record PixelId(String value) {
    public PixelId {
        value = GraphIds.digits(value, "pixelId", "pixel");
    }

    public static PixelId of(String value) {
        return new PixelId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
