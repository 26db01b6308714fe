package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1|a loopback address",
        "127.255.0.9|a loopback address",
        "::1|a loopback address",
        "10.1.2.3|a private address",
        "172.16.0.1|a private address",
        "172.31.255.255|a private address",
        "192.168.0.10|a private address",
        "fc00::1|a private address",
        "fd12:3456::1|a private address",
        "fec0::1|a private address",
        "100.64.0.1|a shared (carrier-grade NAT) address",
        "100.127.255.254|a shared (carrier-grade NAT) address",
        "169.254.169.254|a link-local address",
        "fe80::1|a link-local address",
        "224.0.0.1|a multicast address",
        "239.255.255.250|a multicast address",
        "ff02::1|a multicast address",
        "0.0.0.0|an unspecified (\"this network\") address",
        "0.1.2.3|an unspecified (\"this network\") address",
        "::|an unspecified address",
        "255.255.255.255|a reserved or broadcast address",
        "::ffff:127.0.0.1|a loopback address",
        "::ffff:10.0.0.1|a private address",
        "::127.0.0.1|an IPv6 address carrying 127.0.0.1, a loopback address",
        "64:ff9b::a9fe:a9fe|an IPv6 address carrying 169.254.169.254, a link-local address",
        "2002:c0a8:0101::1|an IPv6 address carrying 192.168.1.1, a private address",
    })
    void refusesAddressesThatAreNotPublic(String address, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1",
        "100.63.255.255", "192.169.0.1", "2606:4700::1111", "2a00:1450:4001:80b::200e", "64:ff9b::808:808"})
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2130706433|2130706433 is a numeric address in a non-standard form (127.0.0.1)",
        "0x7f.1|0x7f.1 is a numeric address in a non-standard form (127.0.0.1)",
        "017700000001|017700000001 is a numeric address in a non-standard form (127.0.0.1)",
        "0177.0.0.1|0177.0.0.1 is a numeric address in a non-standard form (127.0.0.1)",
        "127.1|127.1 is a numeric address in a non-standard form (127.0.0.1)",
        "0x7F000001|0x7f000001 is a numeric address in a non-standard form (127.0.0.1)",
        "0|0 is a numeric address in a non-standard form (0.0.0.0)",
        "99999999999|99999999999 is a numeric address in a non-standard form",
    })
    void refusesNumericHostsInOtherFormsThanADottedQuad(String host, String reason) {
        assertThat(AddressPolicy.refuseLiteral(host)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "93.184.216.34", "[::1]", "example.org", "1.example", "news24.com"})
    void leavesNamesAndDottedQuadsToTheAddressCheck(String host) {
        assertThat(AddressPolicy.refuseLiteral(host)).isEmpty();
    }
}
