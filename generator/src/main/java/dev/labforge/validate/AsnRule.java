package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.PeerSpec;
import java.util.List;

/** AS numbers in 1..4294967295; warnings for reserved ones; explicit peers use the ToR's AS. */
final class AsnRule implements Rule {
    static final long MAX = 4294967295L;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        Long tor = ctx.tor() == null ? null : ctx.tor().asn();
        boolean torOk = tor == null || asn(ctx, out, "tor.asn", tor);
        if (ctx.calico() != null && ctx.calico().asn() != null) {
            asn(ctx, out, "calico.asn", ctx.calico().asn());
        }
        List<PeerSpec> peers = ctx.explicitPeers();
        for (int i = 0; i < peers.size(); i++) {
            PeerSpec peer = peers.get(i);
            if (peer.asNumber() == null) {
                continue;
            }
            String p = SpecPaths.peerPath(i) + ".asNumber";
            if (asn(ctx, out, p, peer.asNumber()) && tor != null && torOk && !tor.equals(peer.asNumber())) {
                out.error("E-PEER-ASN", p, ctx.at(p), "peer " + peer.name() + " expects AS " + peer.asNumber()
                                + " but the ToR " + ctx.tor().name() + " is AS " + tor,
                        "the session would be refused with a bad-peer-AS notification; use asNumber: " + tor + " or leave it out");
            }
        }
    }

    private static boolean asn(ValidationContext ctx, Diagnostics out, String path, long asn) {
        if (asn < 1 || asn > MAX) {
            out.error("E-ASN", path, ctx.at(path), "AS number " + asn + " is out of range",
                    "use 1..4294967295; private ranges are 64512..65534 and 4200000000..4294967294");
            return false;
        }
        String reserved = reserved(asn);
        if (reserved != null) {
            out.warn("W-ASN-RESERVED", path, ctx.at(path), "AS number " + asn + " is reserved (" + reserved + ")",
                    "use a private AS such as 65001 (64512..65534) or 4200000000..4294967294");
        }
        return true;
    }

    private static String reserved(long asn) {
        if (asn == 23456) {
            return "AS_TRANS, RFC 6793";
        }
        if (asn >= 64496 && asn <= 64511 || asn >= 65536 && asn <= 65551) {
            return "documentation, RFC 5398";
        }
        if (asn == 65535 || asn == MAX) {
            return "last AS, RFC 7300";
        }
        if (asn >= 65552 && asn <= 131071) {
            return "IANA reserved";
        }
        return null;
    }
}
