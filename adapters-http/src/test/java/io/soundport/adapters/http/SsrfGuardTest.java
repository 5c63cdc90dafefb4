package io.soundport.adapters.http;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class SsrfGuardTest {
    private static final InetAddress PUBLIC_V4 = ip("93.184.216.34");
    private static final InetAddress PUBLIC_V6 = ip("2606:2800:220:1:248:1893:25c8:1946");

    /** Answers from a fixed table, never from DNS; names it does not know do not resolve. */
    private static Function<String, InetAddress[]> table(Map<String, List<InetAddress>> entries) {
        return host -> {
            List<InetAddress> found = entries.get(host);
            if (found == null) {
                throw new IllegalStateException("no such host in the test table: " + host);
            }
            return found.toArray(InetAddress[]::new);
        };
    }

    private static final Function<String, InetAddress[]> RESOLVER = table(Map.of(
            "example.com", List.of(PUBLIC_V4, PUBLIC_V6),
            "hooks.partner.example", List.of(PUBLIC_V4),
            "internal.example", List.of(ip("10.1.2.3")),
            "metadata.example", List.of(ip("169.254.169.254")),
            "ula.example", List.of(ip("fd12:3456::1")),
            "mixed.example", List.of(PUBLIC_V4, ip("192.168.0.10"))));

    private final SsrfGuard guard = new SsrfGuard(List.of(), RESOLVER);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook",
            "https://127.1.2.3:8443/hook",
            "https://10.0.0.1/hook",
            "https://172.16.5.4/hook",
            "https://172.31.255.255/hook",
            "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data/",
            "https://100.64.0.1/hook",
            "https://0.0.0.0/hook",
            "https://0.0.0.1/hook",
            "https://224.0.0.1/hook",
            "https://255.255.255.255/hook",
            "https://[::1]/hook",
            "https://[0:0:0:0:0:0:0:1]/hook",
            "https://[::]/hook",
            "https://[fe80::1]/hook",
            "https://[fd00::1]/hook",
            "https://[fc00::1]/hook",
            "https://[ff02::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://[::ffff:a9fe:a9fe]/hook",
            "https://[::ffff:10.0.0.1]/hook",
            "https://[64:ff9b::a00:1]/hook",
            "https://[2002:7f00:1::1]/hook",
            "https://[::ffff:7f00:1]/hook",
            "https://[::7f00:1]/hook",
            "https://[::ffff:c0a8:1]/hook",
            "https://[::a9fe:a9fe]/hook",
            "https://[0:0:0:0:0:ffff:169.254.169.254]/hook",
            "https://internal.example/hook",
            "https://metadata.example/hook",
            "https://ula.example/hook",
            "https://mixed.example/hook",
    })
    void refuses_urls_that_point_inside(String url) {
        assertRefused(guard, url, "url", "must not point to a loopback, private, link-local or other internal address");
    }

    /**
     * Answers every name with a public address, as a wildcard DNS would, or as the JVM does when it reads
     * {@code 0177.0.0.1} as 177.0.0.1: only the spelling of the host can make the guard refuse.
     */
    private final SsrfGuard lenientDns = new SsrfGuard(List.of(), host -> new InetAddress[]{PUBLIC_V4});

    /**
     * Other spellings of 127.0.0.1, 10.0.0.1, 169.254.169.254 and 192.168.0.1 that curl, browsers and inet_aton
     * read as those addresses (octal, hex, one 32-bit number, short forms, mixes, leading zeros, a trailing dot).
     */
    static Stream<Arguments> nonCanonicalIpv4() {
        return Stream.of(
                // 127.0.0.1
                spelling("0177.0.0.1", "127.0.0.1", "octal"),
                spelling("0177.0000.0000.0001", "127.0.0.1", "octal, every part"),
                spelling("017700000001", "127.0.0.1", "octal, one number"),
                spelling("0x7f.1", "127.0.0.1", "hex, short"),
                spelling("0x7f.0x0.0x0.0x1", "127.0.0.1", "hex, every part"),
                spelling("0x7f000001", "127.0.0.1", "hex, one number"),
                spelling("0X7F000001", "127.0.0.1", "hex, upper case"),
                spelling("2130706433", "127.0.0.1", "decimal, one number"),
                spelling("127.1", "127.0.0.1", "short, two parts"),
                spelling("127.0.1", "127.0.0.1", "short, three parts"),
                spelling("0177.0x0.1", "127.0.0.1", "mixed"),
                spelling("127.000.000.001", "127.0.0.1", "leading zeros"),
                spelling("127.0.0.1.", "127.0.0.1", "trailing dot"),
                // 10.0.0.1
                spelling("012.0.0.1", "10.0.0.1", "octal (the JVM reads 12.0.0.1)"),
                spelling("0xa.0.0.1", "10.0.0.1", "hex, first part"),
                spelling("0x0a000001", "10.0.0.1", "hex, one number"),
                spelling("167772161", "10.0.0.1", "decimal, one number"),
                spelling("10.1", "10.0.0.1", "short, two parts"),
                spelling("10.0.1", "10.0.0.1", "short, three parts"),
                spelling("012.0x0.1", "10.0.0.1", "mixed"),
                spelling("010.0.0.1", "8.0.0.1", "leading zero (octal 010 is 8, the JVM reads 10)"),
                spelling("10.0.0.01", "10.0.0.1", "leading zero, last part"),
                spelling("10.0.0.1.", "10.0.0.1", "trailing dot"),
                // 169.254.169.254
                spelling("0251.0376.0251.0376", "169.254.169.254", "octal"),
                spelling("0xa9.0xfe.0xa9.0xfe", "169.254.169.254", "hex, every part"),
                spelling("0xa9fea9fe", "169.254.169.254", "hex, one number"),
                spelling("2852039166", "169.254.169.254", "decimal, one number"),
                spelling("169.254.43518", "169.254.169.254", "short, three parts"),
                spelling("169.16689662", "169.254.169.254", "short, two parts"),
                spelling("0xa9.254.0251.0xfe", "169.254.169.254", "mixed"),
                spelling("169.254.169.0254", "169.254.169.172", "leading zero"),
                spelling("169.254.169.254.", "169.254.169.254", "trailing dot"),
                // 192.168.0.1
                spelling("0300.0250.0.1", "192.168.0.1", "octal"),
                spelling("0xc0.0xa8.0.1", "192.168.0.1", "hex, parts"),
                spelling("0xc0a80001", "192.168.0.1", "hex, one number"),
                spelling("3232235521", "192.168.0.1", "decimal, one number"),
                spelling("192.168.1", "192.168.0.1", "short, three parts"),
                spelling("192.11010049", "192.168.0.1", "short, two parts"),
                spelling("0300.168.0x0.1", "192.168.0.1", "mixed"),
                spelling("192.168.000.001", "192.168.0.1", "leading zeros"),
                spelling("192.168.0.1.", "192.168.0.1", "trailing dot"),
                // Neither a name nor a canonical address, whatever it would be read as.
                spelling("1.2.3.4.5", "-", "five parts"),
                spelling("256.1.1.1", "-", "a part above 255"),
                spelling("0x", "0.0.0.0", "a bare hex prefix"));
    }

    private static Arguments spelling(String host, String readAs, String form) {
        return Arguments.of(host, readAs, form);
    }

    @ParameterizedTest(name = "{0} ({2}, read as {1})")
    @MethodSource("nonCanonicalIpv4")
    void refuses_an_ipv4_address_not_written_as_a_canonical_dotted_quad_whatever_it_resolves_to(String host,
            String readAs, String form) {
        assertRefused(lenientDns, "https://" + host + "/hook", "url", SsrfGuard.NON_CANONICAL_IPV4);
        assertRefused(lenientDns, "https://" + host + ":8443/a?b=c", "endpoint.url", SsrfGuard.NON_CANONICAL_IPV4);
    }

    @ParameterizedTest(name = "{0} ({2}, read as {1})")
    @MethodSource("nonCanonicalIpv4")
    void the_allow_list_does_not_let_a_non_canonical_ipv4_address_through(String host, String readAs, String form) {
        SsrfGuard allowing = new SsrfGuard(List.of("127.0.0.1", host), host2 -> new InetAddress[]{PUBLIC_V4});

        assertRefused(allowing, "http://" + host + "/hook", "url", SsrfGuard.NON_CANONICAL_IPV4);
        assertRefused(allowing, "https://" + host + "/hook", "url", SsrfGuard.NON_CANONICAL_IPV4);
    }

    @ParameterizedTest(name = "{0} ({2}, read as {1})")
    @MethodSource("nonCanonicalIpv4")
    void at_send_time_refuses_a_stored_non_canonical_ipv4_address(String host, String readAs, String form) {
        // A URL stored before save-time checks refused these spellings is refused when it is called.
        assertThatThrownBy(() -> lenientDns.resolvePermitted(host))
                .isInstanceOf(SsrfGuard.RefusedHostException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/hook", "https://1.1.1.1:8443/hook", "https://93.184.216.34/",
            "https://200.100.50.25/hook", "https://100.128.0.1/hook", "https://172.32.0.1/hook",
            "https://192.169.0.1/hook", "https://223.255.255.254/hook", "https://1.0.0.0/hook",
            // Names that hold digits or hex-looking labels are names, not addresses.
            "https://1password.example/hook", "https://123.example.com/hook", "https://0x7f.example.com/hook",
            "https://hooks.example.com./hook", "https://10-0-0-1.example.net/hook"})
    void accepts_canonical_public_addresses_and_names_that_hold_digits(String url) {
        assertThatCode(() -> lenientDns.check(url, "url")).as(url).doesNotThrowAnyException();
    }

    @Test
    void canonical_internal_addresses_keep_their_own_reason() {
        for (String host : List.of("127.0.0.1", "10.0.0.1", "169.254.169.254", "192.168.0.1", "0.0.0.0")) {
            assertRefused(lenientDns, "https://" + host + "/hook", "url", SsrfGuard.NOT_PUBLIC);
        }
    }

    @Test
    void refuses_localhost_a_name_that_resolves_to_loopback() {
        // The system resolver: localhost resolves from the hosts file, without DNS.
        SsrfGuard systemGuard = new SsrfGuard(List.of());

        assertRefused(systemGuard, "https://localhost/hook", "url",
                "must not point to a loopback, private, link-local or other internal address");
        assertRefused(systemGuard, "https://LOCALHOST:8443/hook", "url",
                "must not point to a loopback, private, link-local or other internal address");
    }

    @Test
    void refuses_http_on_a_public_host() {
        assertRefused(guard, "http://example.com/hook", "url", "must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/hook", "file:///etc/passwd", "gopher://example.com/",
            "javascript:alert(1)"})
    void refuses_other_schemes(String url) {
        DomainException e = refusal(guard, url, "url");
        assertThat(e.details().get(0).message()).isIn("must use https", "must be an absolute https URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pass@example.com/hook", "https://user@example.com/hook",
            "https://example.com@127.0.0.1/hook"})
    void refuses_user_info(String url) {
        assertRefused(guard, url, "url", "must not contain a user name or password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "example.com/hook", "/hook", "https://", "https:///hook",
            "https://exa mple.com/", "https://example.com\\@127.0.0.1/", "not a url at all",
            "https://[::ffff:012.0.0.1]/hook", "https://[::ffff:0177.0.0.1]/hook", "https://[::ffff:127.1]/hook"})
    void refuses_urls_that_do_not_parse_or_are_not_absolute(String url) {
        refusal(guard, url, "url");
    }

    @Test
    void refuses_null() {
        refusal(guard, null, "url");
    }

    @Test
    void refuses_a_host_that_does_not_resolve() {
        assertRefused(guard, "https://nowhere.example/hook", "url", "host nowhere.example cannot be resolved");
    }

    @Test
    void names_the_field_it_was_given() {
        DomainException e = refusal(guard, "https://10.0.0.1/", "endpoint.url");

        assertThat(e.getMessage()).isEqualTo(
                "Invalid endpoint.url: must not point to a loopback, private, link-local or other internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/hook", "https://EXAMPLE.com/hook?x=1#frag",
            "https://example.com:8443/a/b", "https://hooks.partner.example/", "https://93.184.216.34/hook",
            "https://[2606:2800:220:1:248:1893:25c8:1946]/hook", "HTTPS://example.com/hook"})
    void accepts_https_urls_of_public_hosts(String url) {
        assertThatCode(() -> guard.check(url, "url")).doesNotThrowAnyException();
    }

    @Test
    void the_allow_list_lets_named_hosts_through_over_http() {
        SsrfGuard allowing = new SsrfGuard(SsrfGuard.parseAllowList(" 127.0.0.1, localhost ,[::1],"), RESOLVER);

        assertThat(allowing.allowedHosts()).containsExactlyInAnyOrder("127.0.0.1", "localhost", "::1");
        assertThatCode(() -> allowing.check("http://127.0.0.1:8089/hook", "url")).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check("https://127.0.0.1:8089/hook", "url")).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check("http://localhost:8089/hook", "url")).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check("http://[::1]:8089/hook", "url")).doesNotThrowAnyException();
        // Only the hosts named: other internal addresses stay refused, and so does http elsewhere.
        assertRefused(allowing, "http://127.0.0.2:8089/hook", "url", "must use https");
        assertRefused(allowing, "https://10.0.0.1/hook", "url",
                "must not point to a loopback, private, link-local or other internal address");
        assertRefused(allowing, "http://example.com/hook", "url", "must use https");
        // Still no user-info, whatever the host.
        assertRefused(allowing, "http://u:p@127.0.0.1:8089/hook", "url", "must not contain a user name or password");
    }

    @Test
    void an_empty_or_missing_allow_list_lets_nothing_through() {
        assertThat(SsrfGuard.fromAllowList(null).allowedHosts()).isEmpty();
        assertThat(SsrfGuard.fromAllowList(" , ").allowedHosts()).isEmpty();
        assertRefused(SsrfGuard.fromAllowList(""), "http://127.0.0.1:8089/hook", "url", "must use https");
        assertRefused(SsrfGuard.fromAllowList(""), "https://127.0.0.1:8089/hook", "url",
                "must not point to a loopback, private, link-local or other internal address");
    }

    @Test
    void at_send_time_keeps_only_the_public_addresses_of_a_name() throws UnknownHostException {
        assertThat(guard.resolvePermitted("mixed.example")).containsExactly(PUBLIC_V4);
        assertThat(guard.resolvePermitted("example.com")).containsExactly(PUBLIC_V4, PUBLIC_V6);
    }

    @Test
    void at_send_time_refuses_a_name_that_now_resolves_inside() {
        // Registered while it pointed outside, re-pointed at the metadata address since: DNS rebinding.
        List<InetAddress[]> answers = new ArrayList<>(List.of(
                new InetAddress[]{PUBLIC_V4}, new InetAddress[]{ip("169.254.169.254")}));
        SsrfGuard rebinding = new SsrfGuard(List.of(), host -> answers.remove(0));

        assertThatCode(() -> rebinding.check("https://rebind.example/hook", "url")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rebinding.resolvePermitted("rebind.example"))
                .isInstanceOf(SsrfGuard.RefusedHostException.class)
                .hasMessageContaining("refused by the SSRF guard");
    }

    @Test
    void at_send_time_an_allow_listed_name_keeps_all_its_addresses() throws UnknownHostException {
        SsrfGuard allowing = new SsrfGuard(List.of("internal.example"), RESOLVER);

        assertThat(allowing.resolvePermitted("internal.example")).containsExactly(ip("10.1.2.3"));
        assertThat(allowing.filterPermitted("INTERNAL.example", List.of(ip("127.0.0.1"))))
                .containsExactly(ip("127.0.0.1"));
    }

    @Test
    void at_send_time_a_name_that_does_not_resolve_is_unknown() {
        assertThatThrownBy(() -> guard.resolvePermitted("nowhere.example"))
                .isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(SsrfGuard.RefusedHostException.class);
    }

    @Test
    void classifies_addresses() {
        for (String forbidden : List.of("127.0.0.1", "10.255.255.255", "172.16.0.0", "192.168.255.255", "169.254.0.1",
                "100.127.255.255", "0.0.0.0", "192.0.0.170", "198.18.0.1", "240.0.0.1", "::1", "::", "fe80::1",
                "febf::1", "fec0::1", "fc00::1", "fdff::1", "ff02::1", "::ffff:192.168.0.1", "::10.0.0.1")) {
            assertThat(SsrfGuard.isForbidden(ip(forbidden))).as(forbidden).isTrue();
        }
        for (String allowed : List.of("93.184.216.34", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.0",
                "100.63.255.255", "100.128.0.0", "169.253.255.255", "192.169.0.0", "2606:4700:4700::1111",
                "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1")) {
            assertThat(SsrfGuard.isForbidden(ip(allowed))).as(allowed).isFalse();
        }
    }

    private static void assertRefused(SsrfGuard guard, String url, String field, String reason) {
        DomainException e = refusal(guard, url, field);
        assertThat(e.details()).containsExactly(new FieldError(field, reason));
    }

    private static DomainException refusal(SsrfGuard guard, String url, String field) {
        Throwable thrown = catchThrowable(() -> guard.check(url, field));
        assertThat(thrown).as(url).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) thrown;
        assertThat(e.code()).as(url).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).as(url).hasSize(1);
        assertThat(e.details().get(0).field()).as(url).isEqualTo(field);
        return e;
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
