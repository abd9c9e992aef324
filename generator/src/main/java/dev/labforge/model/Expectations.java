package dev.labforge.model;

import java.util.List;

/** The checks a verify runs beyond BGP/route checks: the ping matrix. */
public record Expectations(List<PingCheck> pings) {
}
