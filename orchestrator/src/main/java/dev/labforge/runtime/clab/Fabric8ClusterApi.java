package dev.labforge.runtime.clab;

import dev.labforge.wait.InterruptedRunException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** {@link KubeClusterApi} over the fabric8 client, configured from one kubeconfig file (never ~/.kube/config). */
public final class Fabric8ClusterApi implements KubeClusterApi {
    private final KubernetesClient client;
    private final String where;

    public Fabric8ClusterApi(KubernetesClient client) {
        this.client = client;
        this.where = client.getMasterUrl() == null ? "the cluster" : client.getMasterUrl().toString();
    }

    /** A client for the cluster in {@code kubeconfig}; the file must exist. */
    public static Fabric8ClusterApi fromKubeconfig(Path kubeconfig) {
        String content;
        try {
            content = Files.readString(kubeconfig);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig, e);
        }
        Config config = Config.fromKubeconfig(content);
        // a few quick retries only: the runtime's own deadlines decide how long to keep trying
        config.setRequestRetryBackoffLimit(2);
        config.setConnectionTimeout(5_000);
        config.setRequestTimeout(30_000);
        return new Fabric8ClusterApi(new KubernetesClientBuilder().withConfig(config).build());
    }

    @Override
    public List<ResourceRef> apply(Path yamlFile) {
        return call("apply " + yamlFile.getFileName(), () -> {
            List<HasMetadata> items;
            try (InputStream in = Files.newInputStream(yamlFile)) {
                items = client.load(in).items();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + yamlFile, e);
            }
            List<ResourceRef> applied = new ArrayList<>();
            for (HasMetadata item : items) {
                // create, or update on conflict: unlike client-side apply this stores no
                // last-applied annotation, which the large Calico CRDs would overflow
                client.resource(item).createOr(NonDeletingOperation::update);
                applied.add(new ResourceRef(item.getApiVersion(), item.getKind(), item.getMetadata().getName(),
                        item.getMetadata().getNamespace()));
            }
            return applied;
        });
    }

    @Override
    public boolean crdEstablished(String crdName) {
        return call("get crd " + crdName, () -> {
            CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().withName(crdName).get();
            return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                    && crd.getStatus().getConditions().stream()
                    .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
        });
    }

    @Override
    public Optional<List<Condition>> tigeraStatusConditions(String name) {
        return call("get tigerastatus " + name, () -> {
            GenericKubernetesResource res = client.genericKubernetesResources("operator.tigera.io/v1", "TigeraStatus")
                    .withName(name).get();
            if (res == null) {
                return Optional.empty();
            }
            List<Condition> conditions = new ArrayList<>();
            Object status = res.getAdditionalProperties().get("status");
            if (status instanceof Map<?, ?> s && s.get("conditions") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> c) {
                        conditions.add(new Condition(str(c.get("type")), str(c.get("status")), str(c.get("reason")),
                                str(c.get("message"))));
                    }
                }
            }
            return Optional.of(conditions);
        });
    }

    @Override
    public Map<String, Boolean> nodesReady() {
        return call("list nodes", () -> {
            Map<String, Boolean> ready = new LinkedHashMap<>();
            for (Node n : client.nodes().list().getItems()) {
                boolean ok = n.getStatus() != null && n.getStatus().getConditions() != null
                        && n.getStatus().getConditions().stream()
                        .anyMatch((NodeCondition c) -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
                ready.put(n.getMetadata().getName(), ok);
            }
            return ready;
        });
    }

    @Override
    public List<PodInfo> pods(String namespace, String labelSelector) {
        return call("list pods -l " + labelSelector, () -> {
            List<PodInfo> result = new ArrayList<>();
            for (Pod p : client.pods().inNamespace(namespace).withLabels(parseSelector(labelSelector)).list().getItems()) {
                boolean ready = p.getStatus() != null && p.getStatus().getConditions() != null
                        && p.getStatus().getConditions().stream()
                        .anyMatch((PodCondition c) -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
                result.add(new PodInfo(p.getMetadata().getName(), p.getMetadata().getNamespace(),
                        p.getSpec() == null ? null : p.getSpec().getNodeName(),
                        p.getStatus() == null ? null : p.getStatus().getPodIP(),
                        p.getStatus() == null ? null : p.getStatus().getPhase(), ready));
            }
            return result;
        });
    }

    @Override
    public Optional<Map<String, Object>> getClusterResource(String apiVersion, String kind, String name) {
        return call("get " + kind + " " + name, () -> Optional.ofNullable(
                client.genericKubernetesResources(apiVersion, kind).withName(name).get()).map(this::toMap));
    }

    @Override
    public List<Map<String, Object>> listClusterResources(String apiVersion, String kind) {
        return call("list " + kind, () -> client.genericKubernetesResources(apiVersion, kind).list().getItems()
                .stream().map(this::toMap).toList());
    }

    @Override
    public void createOrUpdateClusterResource(Map<String, Object> resource) {
        GenericKubernetesResource res = client.getKubernetesSerialization().convertValue(resource, GenericKubernetesResource.class);
        call("create " + res.getKind() + " " + res.getMetadata().getName(), () ->
                client.genericKubernetesResources(res.getApiVersion(), res.getKind()).resource(res)
                        .createOr(NonDeletingOperation::update));
    }

    @Override
    public ExecOutput exec(String namespace, String pod, List<String> argv, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return call("exec in pod " + namespace + "/" + pod, () -> {
            try (ExecWatch watch = client.pods().inNamespace(namespace).withName(pod)
                    .writingOutput(out).writingError(err).exec(argv.toArray(String[]::new))) {
                Integer code = watch.exitCode().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return new ExecOutput(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                        code == null ? -1 : code, false);
            } catch (TimeoutException e) {
                return new ExecOutput(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), -1, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedRunException("interrupted during exec in " + pod);
            } catch (ExecutionException e) {
                throw new KubernetesClientException("exec failed: " + e.getCause().getMessage(), e.getCause());
            }
        });
    }

    @Override
    public void close() {
        client.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(GenericKubernetesResource res) {
        return client.getKubernetesSerialization().convertValue(res, Map.class);
    }

    private <T> T call(String what, Supplier<T> body) {
        try {
            return body.get();
        } catch (KubernetesClientException e) {
            String code = e.getCode() > 0 ? " (HTTP " + e.getCode() + ")" : "";
            throw new KubeApiException(what + " on " + where + " failed" + code + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> parseSelector(String selector) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String part : selector.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("label selector must be key=value[,key=value]: " + selector);
            }
            labels.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return labels;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
