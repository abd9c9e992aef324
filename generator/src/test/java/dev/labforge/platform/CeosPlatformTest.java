package dev.labforge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CeosPlatformTest {

    @ParameterizedTest
    @CsvSource({
        "ceos:4.34.0F, docker import cEOS64-lab-4.34.0F.tar.xz ceos:4.34.0F",
        "ceos, docker import cEOS64-lab.tar.xz ceos",
        "registry.local:5000/ceos, docker import cEOS64-lab.tar.xz registry.local:5000/ceos",
        "registry.local:5000/ceos:4.33.1F, docker import cEOS64-lab-4.33.1F.tar.xz registry.local:5000/ceos:4.33.1F"})
    void the_import_hint_names_the_archive_after_the_image_tag(String image, String command) {
        assertThat(CeosPlatform.importCommand(image)).isEqualTo(command);
    }

    @ParameterizedTest
    @CsvSource({"ceos, true", "ceos-lab, true", "frr, false", "network-multitool, false"})
    void claims_images_whose_name_says_ceos(String repositoryName, boolean claimed) {
        assertThat(new CeosPlatform().claimsImage(repositoryName)).isEqualTo(claimed);
    }
}
