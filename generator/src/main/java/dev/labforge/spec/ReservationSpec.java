package dev.labforge.spec;

import java.util.List;

/**
 * A Calico IPReservation ({@code calico.reservations[i]}): addresses Calico IPAM never hands out
 * automatically. {@code cidrs} are prefixes or single addresses; a pod may still ask for a reserved
 * address explicitly (a fixed pod address).
 */
public record ReservationSpec(String name, List<String> cidrs) {
}
