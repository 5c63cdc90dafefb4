import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The latency plot: one row per measured path, its p50 and p99 as horizontal bars on a logarithmic millisecond
 * scale, the p99 target as a red tick where the issue sets one.
 * <p>
 * {@code java -Djava.awt.headless=true Plot <input> <output.png> <title>}; each input line is
 * {@code label<TAB>p50 ms<TAB>p99 ms<TAB>p99 target ms or -}, a value that is not a number (NaN) drawn as missing.
 */
public final class Plot {
    private static final int WIDTH = 1000;
    private static final int ROW = 46;
    private static final int LEFT = 330;
    private static final int RIGHT = 40;
    private static final int TOP = 60;
    private static final double MIN_MS = 0.1;
    private static final Color P50 = new Color(0x4C78A8);
    private static final Color P99 = new Color(0xF58518);

    public static void main(String[] args) throws Exception {
        List<String[]> rows = Files.readAllLines(Path.of(args[0])).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        double max = 10;
        for (String[] row : rows) {
            for (int i = 1; i <= 3; i++) {
                double value = number(row[i]);
                max = Double.isNaN(value) ? max : Math.max(max, value);
            }
        }
        double maxMs = Math.pow(10, Math.ceil(Math.log10(max)));
        int height = TOP + rows.size() * ROW + 70;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(args[2], 20, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int plotBottom = TOP + rows.size() * ROW;
        for (double ms = MIN_MS; ms <= maxMs * 1.0001; ms *= 10) {
            int x = x(ms, maxMs);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(x, TOP - 5, x, plotBottom);
            g.setColor(Color.DARK_GRAY);
            String label = ms < 1 ? ms + " ms" : ms < 1000 ? (long) ms + " ms" : (long) (ms / 1000) + " s";
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, plotBottom + 18);
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int y = TOP + i * ROW;
            g.setColor(Color.BLACK);
            g.drawString(row[0], 15, y + 24);
            bar(g, number(row[1]), maxMs, y + 6, P50, "p50");
            bar(g, number(row[2]), maxMs, y + 22, P99, "p99");
            double target = number(row[3]);
            if (!Double.isNaN(target)) {
                int x = x(target, maxMs);
                g.setColor(Color.RED);
                g.setStroke(new BasicStroke(2));
                g.drawLine(x, y + 2, x, y + ROW - 6);
                g.setStroke(new BasicStroke(1));
            }
        }
        g.setColor(P50);
        g.fillRect(LEFT, plotBottom + 35, 14, 12);
        g.setColor(P99);
        g.fillRect(LEFT + 70, plotBottom + 35, 14, 12);
        g.setColor(Color.RED);
        g.fillRect(LEFT + 140, plotBottom + 35, 3, 12);
        g.setColor(Color.BLACK);
        g.drawString("p50", LEFT + 18, plotBottom + 46);
        g.drawString("p99", LEFT + 88, plotBottom + 46);
        g.drawString("p99 target", LEFT + 148, plotBottom + 46);
        g.drawString("logarithmic scale", WIDTH - RIGHT - 110, plotBottom + 46);
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }

    private static void bar(Graphics2D g, double ms, double maxMs, int y, Color color, String name) {
        g.setColor(color);
        if (Double.isNaN(ms)) {
            g.drawString(name + " not measured (deliveries missing)", LEFT + 4, y + 12);
            return;
        }
        int x = x(Math.max(ms, MIN_MS), maxMs);
        g.fillRect(LEFT, y, Math.max(1, x - LEFT), 14);
        g.setColor(Color.BLACK);
        g.drawString(ms < 10 ? String.format("%.2f ms", ms) : String.format("%.0f ms", ms), x + 4, y + 12);
    }

    private static int x(double ms, double maxMs) {
        double share = (Math.log10(ms) - Math.log10(MIN_MS)) / (Math.log10(maxMs) - Math.log10(MIN_MS));
        return LEFT + (int) Math.round(share * (WIDTH - LEFT - RIGHT - 70));
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
