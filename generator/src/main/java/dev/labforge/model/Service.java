package dev.labforge.model;

public record Service(String name, String type, int port) {
}
