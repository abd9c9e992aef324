package dev.labforge.probe;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the interface checks share: finding one by name, and saying which there are when it is not there. */
final class Interfaces {
    private Interfaces() {
    }

    static Optional<InterfaceState> named(List<InterfaceState> all, String name) {
        return all.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    static String missing(String on, String name, List<InterfaceState> all) {
        return on + " has no interface " + name + " (it has " + all.stream().map(InterfaceState::name)
                .collect(Collectors.joining(", ")) + ")";
    }
}
