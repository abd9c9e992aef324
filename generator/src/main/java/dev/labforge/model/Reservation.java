package dev.labforge.model;

import java.util.List;

/** A Calico IPReservation: {@code cidrs} (prefixes, a single address as /32) that IPAM never assigns automatically. */
public record Reservation(String name, List<String> cidrs) {
    public Reservation {
        cidrs = List.copyOf(cidrs);
    }
}
