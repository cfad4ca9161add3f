package id.pita.portal.simulator;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Pool;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;

/**
 * Makes a district the simulator can play on this machine: the first {@code offices} office sites and
 * {@code hotspots} hotspot sites of a demo that have a RADIUS gateway (MikroTik or CoovaChilli), each
 * gateway moved to its own loopback address (127.0.1.2, 127.0.1.3, …: all of 127/8 is loopback on Linux)
 * with a free UDP port as its CoA port. Everything else (zone, calendar, policies, citizen plan, rates,
 * secrets) is the demo's; the pool may be replaced so that a handful of sites can fill it.
 */
public final class SimulatedDistrict {
    /** Simulated CoA ports are taken from 24000-31999. */
    static final int FIRST_PORT = 24_000;

    private SimulatedDistrict() {
    }

    public static District from(District demo, int offices, int hotspots) {
        return from(demo, offices, hotspots, Optional.empty());
    }

    /** @param pool the uplink capacity to use instead of the demo's (its monthly cost is kept) */
    public static District from(District demo, int offices, int hotspots, Optional<Bandwidth> pool) {
        Check.inRange("offices", offices, 0, 10_000);
        Check.inRange("hotspots", hotspots, 0, 10_000);
        var sites = new ArrayList<Site>();
        var gateways = new ArrayList<Gateway>();
        var taken = new HashSet<String>();
        int office = 0;
        int hotspot = 0;
        for (var g : demo.gateways()) {
            if (g.vendor() != Vendor.MIKROTIK && g.vendor() != Vendor.COOVACHILLI || taken.contains(g.siteCode())) {
                continue;
            }
            var site = demo.site(g.siteCode()).orElseThrow();
            boolean isOffice = site.kind() == SiteKind.OFFICE;
            if (isOffice ? office >= offices : hotspot >= hotspots) {
                continue;
            }
            var address = address(gateways.size());
            gateways.add(new Gateway(g.id(), g.siteCode(), address, g.secret(), g.vendor(), freeUdpPort(address),
                    g.messageAuthenticator(), g.portalSecret(), g.coaFallback(), g.loginAddresses()));
            sites.add(site);
            taken.add(site.code());
            office += isOffice ? 1 : 0;
            hotspot += isOffice ? 0 : 1;
        }
        Check.that(office == offices && hotspot == hotspots, "offices/hotspots", "the demo has only " + office
                + " office and " + hotspot + " hotspot sites with a RADIUS gateway");
        var p = pool.map(c -> new Pool(c, demo.pool().monthlyCostIdr(), demo.pool().backup().min(c),
                demo.pool().tiers())).orElse(demo.pool());
        return new District(demo.code(), demo.name(), demo.zone(), p, sites, gateways, demo.calendar(),
                demo.policies(), demo.citizenPlan());
    }

    /** The n-th simulated gateway's own loopback address, clear of 127.0.0.1 where Pita listens. */
    static String address(int n) {
        return "127.0." + (1 + n / 250) + "." + (2 + n % 250);
    }

    /**
     * A UDP port free on that address now, below Linux's ephemeral range (32768-60999): the simulator binds
     * it a moment later, and in between no ephemeral bind (Pita's own CoA client on the wildcard address,
     * say) can take it.
     */
    static int freeUdpPort(String address) {
        int offset = Math.floorMod(address.hashCode(), 4000);
        for (int i = 0; i < 8000; i++) {
            int port = FIRST_PORT + (offset + i) % 8000;
            try (var socket = new DatagramSocket(new InetSocketAddress(address, port))) {
                return socket.getLocalPort();
            } catch (IOException e) {
                // taken: try the next one
            }
        }
        throw new UncheckedIOException(new IOException("no free UDP port in " + FIRST_PORT + "-" + (FIRST_PORT + 7999)
                + " on " + address + " (not a loopback address here?)"));
    }
}
