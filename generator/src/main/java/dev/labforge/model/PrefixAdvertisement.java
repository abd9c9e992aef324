package dev.labforge.model;

import java.util.List;

public record PrefixAdvertisement(String cidr, List<String> communities) {
}
