package io.soundport.adapters.http;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
            "https://internal.example/hook",
            "https://metadata.example/hook",
            "https://ula.example/hook",
            "https://mixed.example/hook",
    })
    void refuses_urls_that_point_inside(String url) {
        assertRefused(guard, url, "url", "must not point to a loopback, private, link-local or other internal address");
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
            "https://exa mple.com/", "https://example.com\\@127.0.0.1/", "not a url at all"})
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
