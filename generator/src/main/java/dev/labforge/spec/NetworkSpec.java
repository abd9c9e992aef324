package dev.labforge.spec;

/**
 * The flat network the nodes of a lab without a ToR sit on, as kind's nodes sit on its Docker network
 * ({@code cluster.network}). {@code subnet} defaults to 172.18.0.0/16 (what kind gets on a fresh Docker
 * host), {@code gateway} to the subnet's first host (Docker's bridge address).
 */
public record NetworkSpec(String subnet, String gateway) {
}
