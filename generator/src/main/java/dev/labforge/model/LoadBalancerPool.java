package dev.labforge.model;

/** A Calico IPPool for LoadBalancer service addresses (allowedUses: LoadBalancer). */
public record LoadBalancerPool(String name, String cidr, int blockSize, boolean natOutgoing) {
}
