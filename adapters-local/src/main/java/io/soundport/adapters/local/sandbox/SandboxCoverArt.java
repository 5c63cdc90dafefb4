package io.soundport.adapters.local.sandbox;

import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CoverArt} without the Cover Art Archive: front covers for the sandbox's made-up releases
 * ({@link SandboxMusicCatalog}), drawn on first use as {@value #SIDE}×{@value #SIDE} PNGs (a sky in the release's
 * colours with a moon), so that importing a release with its cover can be tried with no network. "Northern Skies" and
 * its deluxe edition have one; "Live at the Pier" has none, as many releases in the real archive.
 */
public final class SandboxCoverArt implements CoverArt {
    /** The side of every cover, in pixels: as large as the catalog's artwork asks for at least. */
    public static final int SIDE = 1400;

    /** The sky's top and bottom colours of each release that has a cover. */
    private static final Map<Mbid, Color[]> SKIES = Map.of(
            SandboxMusicCatalog.NORTHERN_SKIES, new Color[]{new Color(0x0b1d3a), new Color(0x3f7f9f)},
            SandboxMusicCatalog.NORTHERN_SKIES_DELUXE, new Color[]{new Color(0x1a0b3a), new Color(0x9f6f3f)});

    private final Map<Mbid, CoverImage> drawn = new ConcurrentHashMap<>();

    @Override
    public Optional<CoverImage> front(Mbid release) {
        Color[] sky = SKIES.get(release);
        if (sky == null) {
            return Optional.empty();
        }
        return Optional.of(drawn.computeIfAbsent(release, id -> draw(sky[0], sky[1])));
    }

    private static CoverImage draw(Color top, Color bottom) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, top, 0, SIDE, bottom));
            g.fillRect(0, 0, SIDE, SIDE);
            g.setColor(new Color(0xf2eecb));
            g.fillOval(SIDE * 6 / 10, SIDE / 8, SIDE / 5, SIDE / 5);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CoverImage("image/png", png.toByteArray());
    }
}
