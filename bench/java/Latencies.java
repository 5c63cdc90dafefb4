import java.util.Arrays;

/** Latencies in microseconds, collected from many threads; percentiles over what was collected. */
final class Latencies {
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized int size() {
        return size;
    }

    /**
     * The p-th percentile in milliseconds, counting {@code missing} more samples as longer than any collected
     * (deliveries that never came); NaN when that percentile falls among them.
     */
    synchronized double percentileMillis(double p, long missing) {
        long total = size + missing;
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100 * total));
        if (rank > size) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted[(int) rank - 1] / 1000.0;
    }
}
