package dev.labforge.resolve;

import dev.labforge.model.Node;
import dev.labforge.selector.Selector;
import java.util.List;

/** Which nodes a Calico selector picks, in node order. */
final class Selection {
    private Selection() {
    }

    static List<String> nodesMatching(String selector, List<Node> nodes) {
        Selector parsed = Selector.parse(selector);
        return nodes.stream().filter(n -> parsed.matches(n.labels())).map(Node::name).toList();
    }

    static boolean matches(String selector, Node node) {
        return Selector.parse(selector).matches(node.labels());
    }
}
