package dev.labforge.model;

/**
 * The one network the nodes of a lab without a ToR sit on, as kind's nodes sit on its Docker network:
 * every node's eth0 has an address of {@code subnet}; {@code gateway} is the network's own address
 * (Docker's bridge), which no lab member holds.
 *
 * @param name what kind calls it ({@code kind}), for diagrams and the README
 */
public record FlatNetwork(String name, String subnet, String gateway, int prefixLength) {
}
