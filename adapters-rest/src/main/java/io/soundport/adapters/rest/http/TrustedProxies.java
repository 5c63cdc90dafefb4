package io.soundport.adapters.rest.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The peers whose forwarding headers count ({@code SOUNDPORT_TRUSTED_PROXIES}): IP addresses and CIDR blocks, IPv4
 * or IPv6. Only literals in their usual form: a host name would make trust depend on DNS, and {@code 10} or
 * {@code 0x7f.1} read differently by different parsers. Built at startup ({@code @Context}), so that a wrong entry
 * stops the start rather than every request.
 */
@Context
final class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;

    @Inject
    TrustedProxies(@Nullable @Property(name = "soundport.http.trusted-proxies") String list) {
        this(parseBlocks(list));
    }

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** From a comma-separated list; none when blank. Refuses anything that is not an address or a CIDR block. */
    private static List<Block> parseBlocks(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                String e = entry.strip();
                if (!e.isEmpty()) {
                    blocks.add(block(e));
                }
            }
        }
        return blocks;
    }

    boolean trusts(InetAddress peer) {
        if (peer == null) {
            return false;
        }
        byte[] address = peer.getAddress();
        return blocks.stream().anyMatch(b -> b.contains(address));
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            throw invalid(entry);
        }
        byte[] network;
        try {
            network = InetAddress.getByName(address).getAddress(); // a literal: no DNS
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw invalid(entry);
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(entry);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw invalid(entry);
            }
        }
        return new Block(network, prefix);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("SOUNDPORT_TRUSTED_PROXIES: '" + entry
                + "' is neither an IP address nor a CIDR block (such as 10.0.0.0/8 or fd00::/8)");
    }
}
