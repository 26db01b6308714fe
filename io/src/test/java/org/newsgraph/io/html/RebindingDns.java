package org.newsgraph.io.html;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DNS server for tests that rebinds: a name's first lookup answers a public address, every later
 * one 127.0.0.1. Records the names looked up.
 */
final class RebindingDns implements FetchClient.Resolver {

    /** The public address of first answers (TEST-NET-3, never routed). */
    static final String PUBLIC = "203.0.113.7";

    private final List<String> lookups = new CopyOnWriteArrayList<>();

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        boolean first = !lookups.contains(host);
        lookups.add(host);
        return InetAddress.getAllByName(first ? PUBLIC : "127.0.0.1");
    }

    /** The names looked up, in order. */
    List<String> lookups() {
        return List.copyOf(lookups);
    }
}
