package dev.labforge.runtime.clab;

import dev.labforge.wait.InterruptedRunException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The upstream Calico install manifests for a pinned version, read from a local cache
 * ({@code ~/.cache/labforge/calico/<version>/}) or downloaded once into it.
 */
public final class CalicoManifests {
    public static final String CRDS = "operator-crds.yaml";
    public static final String OPERATOR = "tigera-operator.yaml";
    public static final List<String> FILES = List.of(CRDS, OPERATOR);
    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+\\.\\d+");

    /** Downloads one URL; the real one is {@link #http()}. */
    @FunctionalInterface
    public interface Fetcher {
        byte[] fetch(URI uri, Duration timeout) throws IOException, InterruptedException;
    }

    private final Path cacheRoot;
    private final Fetcher fetcher;

    public CalicoManifests(Path cacheRoot, Fetcher fetcher) {
        this.cacheRoot = cacheRoot;
        this.fetcher = fetcher;
    }

    /** $XDG_CACHE_HOME/labforge/calico, else ~/.cache/labforge/calico. */
    public static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return base.resolve("labforge").resolve("calico");
    }

    public static URI uri(String version, String file) {
        return URI.create("https://raw.githubusercontent.com/projectcalico/calico/" + checkVersion(version) + "/manifests/" + file);
    }

    public Path cachedPath(String version, String file) {
        return cacheRoot.resolve(checkVersion(version)).resolve(file);
    }

    /** The local copy of {@code file}, downloading it first when the cache does not have it. */
    public Path ensure(String version, String file, Duration timeout) {
        Path target = cachedPath(version, file);
        try {
            if (Files.isRegularFile(target) && Files.size(target) > 0) {
                return target;
            }
            URI uri = uri(version, file);
            byte[] body;
            try {
                body = fetcher.fetch(uri, timeout);
            } catch (IOException e) {
                throw new IOException("cannot download " + uri + ": " + e.getMessage()
                        + ". Offline? Put the file at " + target + " (e.g. curl -fsSLo " + target + " " + uri + ")", e);
            }
            Files.createDirectories(target.getParent());
            // write then rename, so an interrupted download never looks like a cached file
            Path tmp = Files.createTempFile(target.getParent(), file, ".part");
            Files.write(tmp, body);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedRunException("interrupted while downloading " + file);
        }
    }

    /** Plain java.net.http GET with a timeout; anything but 200 is an error. */
    public static Fetcher http() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return (uri, timeout) -> {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        };
    }

    private static String checkVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Calico version must look like v3.30.0, got: " + version);
        }
        return version;
    }
}
