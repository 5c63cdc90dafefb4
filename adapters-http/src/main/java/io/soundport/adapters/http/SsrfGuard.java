package io.soundport.adapters.http;

import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.shared.DomainException;
import okhttp3.HttpUrl;

import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one SSRF guard for URLs tenants give. A URL passes when it parses, is absolute, has a host and no user-info,
 * uses https, and neither its host nor any address the host resolves to is loopback, link-local (the cloud metadata
 * address among them), private, unique-local, unspecified, multicast, carrier-grade NAT or otherwise reserved,
 * IPv4 addresses embedded in IPv6 ones included. Hosts on the allow-list (for example from
 * {@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS=127.0.0.1,localhost}) pass without the address checks and may use http.
 *
 * <p>An IPv4 address must be written as a canonical dotted quad: four decimal numbers from 0 to 255 without leading
 * zeros. A host made only of dot-separated numbers (decimal, octal-looking with a leading zero, or {@code 0x} hex)
 * that is not one, such as {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 2130706433}, {@code 127.1}, {@code 012.0.0.1}
 * or {@code 127.0.0.1.}, is refused whatever it would resolve to, allow-listed or not: the JVM, curl, browsers and
 * the C library read such spellings differently (the JVM reads {@code 0177.0.0.1} as 177.0.0.1, curl as 127.0.0.1),
 * so the address a stored URL names must not depend on who reads it. Names are unaffected.
 *
 * <p>{@link #check} runs when a URL is saved; {@link #resolvePermitted} runs again when it is called, inside the HTTP
 * client's DNS lookup, so a name that is re-pointed at an internal address after it was saved is still refused.
 */
public final class SsrfGuard implements OutboundUrlGuard {
    /** The environment variable, and configuration key, that names the hosts let through. */
    public static final String ALLOWED_HOSTS_ENV = "SOUNDPORT_OUTBOUND_ALLOWED_HOSTS";

    static final String NOT_PUBLIC = "must not point to a loopback, private, link-local or other internal address";
    static final String NON_CANONICAL_IPV4 =
            "must write an IPv4 address as four decimal numbers from 0 to 255 without leading zeros (a.b.c.d)";

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Dot-separated numbers, decimal or 0x hex, and an optional trailing dot: what inet_aton would read. */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?:(?:0x[0-9a-f]*|[0-9]+)\\.)*(?:0x[0-9a-f]*|[0-9]+)\\.?", Pattern.CASE_INSENSITIVE);

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    /** URLs whose syntax passed, and their hosts: a URL is checked at every send, its syntax needs parsing once. */
    private static final int CHECKED_URLS = 4096;

    private final Set<String> allowedHosts;
    private final Function<String, InetAddress[]> resolver;
    private final Map<String, String> checked;

    /** A guard that resolves names with {@link InetAddress#getAllByName}. */
    public SsrfGuard(Collection<String> allowedHosts) {
        this(allowedHosts, SsrfGuard::systemResolve);
    }

    /**
     * A guard with its own resolver (tests use one that answers without DNS). The resolver returns the addresses
     * of a host name, or throws or returns an empty array when the name does not resolve. IP literals never reach it.
     */
    public SsrfGuard(Collection<String> allowedHosts, Function<String, InetAddress[]> resolver) {
        this.checked = new ConcurrentHashMap<>();
        this.allowedHosts = allowedHosts.stream()
                .map(SsrfGuard::normalizeHost)
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** A guard from a comma-separated allow-list such as {@code "127.0.0.1,localhost"}; null or blank allows none. */
    public static SsrfGuard fromAllowList(String commaSeparatedHosts) {
        return new SsrfGuard(parseAllowList(commaSeparatedHosts));
    }

    static List<String> parseAllowList(String commaSeparatedHosts) {
        if (commaSeparatedHosts == null || commaSeparatedHosts.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparatedHosts.split(","))
                .map(String::trim)
                .filter(h -> !h.isEmpty())
                .toList();
    }

    /** The hosts let through, lower-case, IPv6 literals without brackets. */
    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    public boolean isAllowListed(String host) {
        return host != null && allowedHosts.contains(normalizeHost(host));
    }

    @Override
    public void check(String url, String field) {
        String host = checkSyntax(url, field);
        if (isAllowListed(host)) {
            return;
        }
        List<InetAddress> addresses;
        try {
            addresses = resolve(host);
        } catch (UnknownHostException unresolvable) {
            throw DomainException.invalid(field, "host " + host + " cannot be resolved");
        }
        if (addresses.stream().anyMatch(SsrfGuard::isForbidden)) {
            throw DomainException.invalid(field, NOT_PUBLIC);
        }
    }

    /**
     * Checks everything but the addresses: the URL parses (with both {@link URI} and OkHttp's {@link HttpUrl}, which
     * must agree on the host), is absolute, has a host and no user-info, and uses https, or http for an allow-listed
     * host. Returns the host as OkHttp will connect to it. The outcome for a URL that passed is kept (up to
     * {@value #CHECKED_URLS} of them; the allow-list never changes), so a sender's URL is parsed once.
     */
    String checkSyntax(String url, String field) {
        String known = url == null ? null : checked.get(url);
        if (known != null) {
            return known;
        }
        String host = parseChecked(url, field);
        if (checked.size() >= CHECKED_URLS) {
            checked.clear();
        }
        checked.put(url, host);
        return host;
    }

    private String parseChecked(String url, String field) {
        if (url == null || url.isBlank()) {
            throw DomainException.invalid(field, "must be an absolute https URL");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw DomainException.invalid(field, "is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw DomainException.invalid(field, "must be an absolute https URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw DomainException.invalid(field, "must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw DomainException.invalid(field, "must not contain a user name or password");
        }
        HttpUrl parsed = HttpUrl.parse(url);
        // Before the host checks: java.net.URI finds no host in 127.1 or 0x7f.1, which would hide the reason.
        if ((uri.getHost() != null && isNonCanonicalIpv4(uri.getHost()))
                || (parsed != null && isNonCanonicalIpv4(parsed.host()))) {
            throw DomainException.invalid(field, NON_CANONICAL_IPV4);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw DomainException.invalid(field, "must have a host name");
        }
        if (parsed == null || !parsed.username().isEmpty() || !parsed.password().isEmpty()
                || !sameHost(uri.getHost(), parsed.host())) {
            throw DomainException.invalid(field, "is not a valid URL");
        }
        String host = parsed.host();
        if (scheme.equals("http") && !isAllowListed(host)) {
            throw DomainException.invalid(field, "must use https");
        }
        return host;
    }

    /**
     * The addresses of {@code host} that may be connected to: all of them for an allow-listed host, otherwise the
     * public ones. This is the HTTP client's DNS lookup at send time.
     *
     * @throws UnknownHostException when the host does not resolve, or resolves to no public address (then the
     *                              exception is a {@link RefusedHostException})
     */
    public List<InetAddress> resolvePermitted(String host) throws UnknownHostException {
        if (isNonCanonicalIpv4(host)) {
            throw nonCanonical(host);   // never looked up: a resolver may read it either way
        }
        return filterPermitted(host, resolve(host));
    }

    /**
     * Keeps the addresses of {@code host} that may be connected to; refuses when none is left, and refuses an IPv4
     * address not written as a canonical dotted quad (one stored before {@link #check} refused them) outright.
     */
    public List<InetAddress> filterPermitted(String host, List<InetAddress> resolved) throws UnknownHostException {
        if (isNonCanonicalIpv4(host)) {
            throw nonCanonical(host);
        }
        if (isAllowListed(host)) {
            return List.copyOf(resolved);
        }
        List<InetAddress> permitted = resolved.stream().filter(a -> !isForbidden(a)).toList();
        if (permitted.isEmpty()) {
            throw new RefusedHostException(host);
        }
        return permitted;
    }

    private List<InetAddress> resolve(String host) throws UnknownHostException {
        String bare = normalizeHost(host);
        byte[] ipv4 = parseIpv4(bare);
        if (ipv4 != null) {
            // Literals are parsed, never looked up.
            return List.of(InetAddress.getByAddress(ipv4));
        }
        if (bare.contains(":")) {
            return List.of(InetAddress.getByName("[" + bare + "]"));
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.apply(bare);
        } catch (RuntimeException e) {
            throw new UnknownHostException(bare);
        }
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(bare);
        }
        return List.of(addresses);
    }

    /**
     * True for every address an outbound call must not reach: unspecified, "this network" (0/8), loopback,
     * link-local, private (site-local), carrier-grade NAT, IETF protocol assignments (192.0.0/24), benchmarking
     * (198.18/15), multicast, reserved (240/4) and broadcast for IPv4; unspecified, loopback, link-local,
     * site-local, unique-local (fc00::/7) and multicast for IPv6, and the IPv4 address inside an IPv4-mapped,
     * IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) IPv6 address.
     */
    public static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isForbiddenIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isForbiddenIpv6(b);
        }
        return true;
    }

    private static boolean isForbiddenIpv4(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        int b2 = b[2] & 0xFF;
        return b0 == 0                                   // 0.0.0.0/8, "this network"
                || b0 == 10                              // 10.0.0.0/8
                || b0 == 127                             // 127.0.0.0/8
                || (b0 == 100 && (b1 & 0xC0) == 64)      // 100.64.0.0/10, carrier-grade NAT
                || (b0 == 169 && b1 == 254)              // 169.254.0.0/16, link-local and cloud metadata
                || (b0 == 172 && (b1 & 0xF0) == 16)      // 172.16.0.0/12
                || (b0 == 192 && b1 == 0 && b2 == 0)     // 192.0.0.0/24, IETF protocol assignments
                || (b0 == 192 && b1 == 168)              // 192.168.0.0/16
                || (b0 == 198 && (b1 & 0xFE) == 18)      // 198.18.0.0/15, benchmarking
                || b0 >= 224;                            // multicast, reserved and broadcast
    }

    private static boolean isForbiddenIpv6(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if ((b0 & 0xFE) == 0xFC) {                       // fc00::/7, unique-local
            return true;
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {         // fe80::/10, link-local
            return true;
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {         // fec0::/10, site-local (deprecated)
            return true;
        }
        if (b0 == 0xFF) {                                // ff00::/8, multicast
            return true;
        }
        if (allZero(b, 0, 10) && (((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) || allZero(b, 10, 12))) {
            // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, ::1 and :: among them)
            return isForbiddenIpv4(Arrays.copyOfRange(b, 12, 16));
        }
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12)) {
            return isForbiddenIpv4(Arrays.copyOfRange(b, 12, 16));   // 64:ff9b::/96, NAT64
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return isForbiddenIpv4(Arrays.copyOfRange(b, 2, 6));     // 2002::/16, 6to4
        }
        return false;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHost(String uriHost, String okHttpHost) {
        String a = normalizeHost(uriHost);
        if (a.contains(":")) {
            // IPv6 literals: compare the addresses, not their spellings.
            try {
                // OkHttp writes an IPv4-mapped address as IPv4; InetAddress makes the same address of both.
                byte[] ipv4 = parseIpv4(okHttpHost);
                InetAddress fromOkHttp = ipv4 != null
                        ? InetAddress.getByAddress(ipv4)
                        : InetAddress.getByName("[" + okHttpHost + "]");
                return InetAddress.getByName("[" + a + "]").equals(fromOkHttp);
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return a.equals(okHttpHost);
    }

    /** The four bytes of a dotted-quad IPv4 literal, or null when {@code host} is not one. */
    private static byte[] parseIpv4(String host) {
        if (!IPV4_LITERAL.matcher(host).matches()) {
            return null;
        }
        String[] parts = host.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /**
     * True when {@code host} is made only of dot-separated numbers (decimal, octal-looking or {@code 0x} hex, with an
     * optional trailing dot) and is not a canonical dotted quad: an IPv4 address whose meaning depends on the reader.
     */
    static boolean isNonCanonicalIpv4(String host) {
        String h = normalizeHost(host);
        return NUMERIC_HOST.matcher(h).matches() && !CANONICAL_IPV4.matcher(h).matches();
    }

    private static RefusedHostException nonCanonical(String host) {
        return new RefusedHostException(host, "is an IPv4 address not written as a canonical dotted quad (a.b.c.d)");
    }

    static String normalizeHost(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }

    private static InetAddress[] systemResolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A host that resolves, but to no address an outbound call may reach. */
    public static final class RefusedHostException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedHostException(String host) {
            this(host, "resolves to no public address");
        }

        RefusedHostException(String host, String reason) {
            super("refused by the SSRF guard: " + host + " " + reason);
        }
    }
}
