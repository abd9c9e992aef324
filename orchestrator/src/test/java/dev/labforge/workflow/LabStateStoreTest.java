package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabStateStoreTest {

    @TempDir
    Path lab;

    @Test
    void savedStateReadsBackIncludingPathsWithSpacesAndColons() {
        LabState state = new LabState("calico-bgp-lb", "netns", "/tmp/my labs/a:b/out", Instant.parse("2026-11-26T08:00:00Z"));

        LabStateStore.save(lab, state);

        assertThat(LabStateStore.load(lab)).contains(state);
    }

    @Test
    void missingTruncatedOrGarbledStateIsTreatedAsNoStateSoDownStillWorks() throws IOException {
        assertThat(LabStateStore.load(lab)).isEmpty();

        Files.createDirectories(LabStateStore.file(lab).getParent());
        Files.writeString(LabStateStore.file(lab), "name=calico-bgp-lb\nruntime=netns\n");
        assertThat(LabStateStore.load(lab)).isEmpty();

        Files.writeString(LabStateStore.file(lab), "name=x\nruntime=netns\nrenderedDir=/o\ndeployedAt=yesterday\n");
        assertThat(LabStateStore.load(lab)).isEmpty();
    }

    @Test
    void deleteIsIdempotent() {
        LabStateStore.save(lab, new LabState("x", "netns", "/o", Instant.EPOCH));

        LabStateStore.delete(lab);
        LabStateStore.delete(lab);

        assertThat(LabStateStore.file(lab)).doesNotExist();
        assertThat(lab.resolve(".labforge")).as("no empty folder left in the lab").doesNotExist();
    }

    @Test
    void deleteKeepsTheStateFolderWhenSomethingElseIsInIt() throws java.io.IOException {
        LabStateStore.save(lab, new LabState("x", "netns", "/o", Instant.EPOCH));
        java.nio.file.Files.writeString(lab.resolve(".labforge/notes.txt"), "mine\n");

        LabStateStore.delete(lab);

        assertThat(LabStateStore.file(lab)).doesNotExist();
        assertThat(lab.resolve(".labforge/notes.txt")).exists();
    }
}
