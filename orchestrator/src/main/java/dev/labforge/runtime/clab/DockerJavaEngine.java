package dev.labforge.runtime.clab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.wait.InterruptedRunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link DockerEngine} over docker-java with the Apache httpclient5 transport. The engine is found
 * through DOCKER_HOST, or the default unix socket. Nothing connects until the first call.
 */
public final class DockerJavaEngine implements DockerEngine, AutoCloseable {
    static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private final String host;
    private final DockerClient client;

    public DockerJavaEngine(String dockerHost) {
        this.host = dockerHost == null || dockerHost.isBlank() ? DEFAULT_HOST : dockerHost;
        this.client = connect(host);
    }

    /** A docker-java client for {@code host}; it connects on first use. Tests create their containers with it. */
    static DockerClient connect(String host) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host)
                .build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofMinutes(2))
                .maxConnections(20)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /** Uses DOCKER_HOST when set, else the default socket. */
    public static DockerJavaEngine fromEnvironment() {
        return new DockerJavaEngine(System.getenv("DOCKER_HOST"));
    }

    @Override
    public String endpoint() {
        return host;
    }

    @Override
    public String ping() {
        call(() -> client.pingCmd().exec());
        String version = call(() -> client.versionCmd().exec().getVersion());
        return version == null ? "ok" : version;
    }

    @Override
    public boolean imageExists(String image) {
        return call(() -> {
            try {
                client.inspectImageCmd(image).exec();
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        });
    }

    @Override
    public ContainerState containerState(String name) {
        return call(() -> {
            InspectContainerResponse inspect;
            try {
                inspect = client.inspectContainerCmd(name).exec();
            } catch (NotFoundException e) {
                return ContainerState.missing(name);
            }
            InspectContainerResponse.ContainerState s = inspect.getState();
            boolean running = Boolean.TRUE.equals(s.getRunning());
            Long code = s.getExitCodeLong();
            boolean oom = Boolean.TRUE.equals(s.getOOMKilled());
            if (running) {
                return new ContainerState(name, ContainerState.Status.RUNNING, 0, oom, s.getStatus());
            }
            if ("exited".equals(s.getStatus()) || "dead".equals(s.getStatus())) {
                return new ContainerState(name, ContainerState.Status.EXITED, code == null ? -1 : code, oom, s.getStatus());
            }
            return new ContainerState(name, ContainerState.Status.OTHER, code == null ? -1 : code, oom, String.valueOf(s.getStatus()));
        });
    }

    @Override
    public String logsTail(String container, int lines) {
        return call(() -> {
            Collector out = new Collector();
            try {
                client.logContainerCmd(container).withStdOut(true).withStdErr(true).withTail(lines)
                        .exec(out).awaitCompletion(30, TimeUnit.SECONDS);
            } catch (NotFoundException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedRunException("interrupted while reading logs of " + container);
            }
            return out.stdout.toString() + out.stderr;
        });
    }

    @Override
    public CommandResult exec(String container, List<String> argv, Duration timeout) {
        List<String> shown = new ArrayList<>(List.of("docker", "exec", container));
        shown.addAll(argv);
        Command command = Command.of(shown).withTimeout(timeout);
        long start = System.nanoTime();
        return call(() -> {
            String id;
            try {
                id = client.execCreateCmd(container).withCmd(argv.toArray(String[]::new))
                        .withAttachStdout(true).withAttachStderr(true).exec().getId();
            } catch (NotFoundException e) {
                return new CommandResult(command, 126, "", "no such container: " + container, elapsed(start), false);
            }
            Collector out = new Collector();
            boolean finished;
            try {
                finished = client.execStartCmd(id).exec(out).awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedRunException("interrupted while running " + command.display());
            } finally {
                closeQuietly(out);
            }
            Long code = finished ? client.inspectExecCmd(id).exec().getExitCodeLong() : null;
            return new CommandResult(command, code == null ? -1 : code.intValue(), out.stdout.toString(),
                    out.stderr.toString(), elapsed(start), !finished);
        });
    }

    @Override
    public List<ContainerSummary> listContainers(String labelKey, String labelValue) {
        return call(() -> {
            List<ContainerSummary> result = new ArrayList<>();
            for (Container c : client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(labelKey, labelValue)).exec()) {
                String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
                result.add(new ContainerSummary(name.startsWith("/") ? name.substring(1) : name,
                        c.getLabels() == null ? Map.of() : c.getLabels()));
            }
            return result;
        });
    }

    @Override
    public List<String> listNetworks(String labelKey, String labelValue) {
        return call(() -> client.listNetworksCmd().withFilter("label", List.of(labelKey + "=" + labelValue)).exec()
                .stream().map(Network::getName).toList());
    }

    @Override
    public List<String> listVolumes(String labelKey, String labelValue) {
        return call(() -> {
            List<InspectVolumeResponse> volumes = client.listVolumesCmd()
                    .withFilter("label", List.of(labelKey + "=" + labelValue)).exec().getVolumes();
            return volumes == null ? List.<String>of() : volumes.stream().map(InspectVolumeResponse::getName).toList();
        });
    }

    @Override
    public void removeContainer(String name) {
        ignoringMissing(() -> client.removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec());
    }

    @Override
    public void removeNetwork(String name) {
        ignoringMissing(() -> client.removeNetworkCmd(name).exec());
    }

    @Override
    public void removeVolume(String name) {
        ignoringMissing(() -> client.removeVolumeCmd(name).exec());
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing a client that never connected has nothing to report
        }
    }

    /** Turns "cannot connect" (which docker-java reports as various runtime exceptions) into one clear error. */
    private <T> T call(Supplier<T> body) {
        try {
            return body.get();
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isConnectionProblem(e)) {
                throw new DockerUnavailableException("cannot reach the Docker engine at " + host + ": " + rootMessage(e)
                        + ". Install and start Docker Engine (https://docs.docker.com/engine/install/), "
                        + "or point DOCKER_HOST at a running engine", e);
            }
            throw e;
        }
    }

    /** Removal is idempotent: what is already gone (or being removed by the engine) is not an error. */
    private void ignoringMissing(Runnable removal) {
        call(() -> {
            try {
                removal.run();
            } catch (NotFoundException e) {
                // already gone
            } catch (ConflictException e) {
                if (!String.valueOf(e.getMessage()).contains("already in progress")) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the stream is finished or abandoned; nothing more to read
        }
    }

    /** Collects an attached stream into stdout/stderr text. */
    private static final class Collector extends ResultCallback.Adapter<Frame> {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();

        @Override
        public void onNext(Frame frame) {
            String text = new String(frame.getPayload(), StandardCharsets.UTF_8);
            if (frame.getStreamType() == StreamType.STDERR) {
                stderr.append(text);
            } else {
                stdout.append(text);
            }
        }
    }
}
