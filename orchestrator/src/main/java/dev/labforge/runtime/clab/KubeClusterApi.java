package dev.labforge.runtime.clab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes calls the clab runtime makes, as snapshots: waiting and deadlines live in the
 * runtime, so fakes answer one question at a time. {@link Fabric8ClusterApi} implements it.
 * Every method throws {@link KubeApiException} when the API server cannot be reached or refuses.
 */
public interface KubeClusterApi extends AutoCloseable {

    /** Creates or updates every document of a multi-document YAML file; returns what it applied, in order. */
    List<ResourceRef> apply(Path yamlFile);

    /** True when the CustomResourceDefinition exists and its Established condition is True. */
    boolean crdEstablished(String crdName);

    /** The status conditions of TigeraStatus {@code name}; empty Optional when it does not exist yet. */
    Optional<List<Condition>> tigeraStatusConditions(String name);

    /** Node name → Ready condition is True. */
    Map<String, Boolean> nodesReady();

    /** Pods in {@code namespace} that match the label selector ("app=multitool-1"). */
    List<PodInfo> pods(String namespace, String labelSelector);

    /** A cluster-scoped resource as plain maps (apiVersion, kind, metadata, spec, status). */
    Optional<Map<String, Object>> getClusterResource(String apiVersion, String kind, String name);

    List<Map<String, Object>> listClusterResources(String apiVersion, String kind);

    /** Creates a cluster-scoped resource, or replaces its spec when it exists. */
    void createOrUpdateClusterResource(Map<String, Object> resource);

    /** Runs argv in the pod's first container. */
    ExecOutput exec(String namespace, String pod, List<String> argv, Duration timeout);

    @Override
    void close();

    /** What {@link #apply} touched: kind, name, namespace (null when cluster-scoped). */
    record ResourceRef(String apiVersion, String kind, String name, String namespace) {
        public String display() {
            return kind + "/" + name + (namespace == null ? "" : " -n " + namespace);
        }
    }

    /** A status condition (TigeraStatus, Node, CRD...). */
    record Condition(String type, String status, String reason, String message) {
        public boolean isTrue() {
            return "True".equals(status);
        }
    }

    /** A pod as far as the runtime cares: where it runs, its address and whether it is Ready. */
    record PodInfo(String name, String namespace, String node, String podIP, String phase, boolean ready) {
    }

    /** What an exec left behind; {@code exitCode} -1 when it did not finish in time. */
    record ExecOutput(String stdout, String stderr, int exitCode, boolean timedOut) {
    }
}
