package dev.labforge.spec;

import java.util.List;

public record PrefixAdvertisementSpec(String cidr, List<String> communities) {
}
