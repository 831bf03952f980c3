package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK runs step 01 on virtual threads: the one named, the bench's own if new enough, else the newest installed. */
@Tag("support")
class VirtualThreadJdkTest {

    @TempDir
    Path jvm;

    @Test
    @DisplayName("without a setting, the newest JDK 21+ in the folder is chosen, and a JDK 17 never")
    void picksTheNewestInstalledJdkWithVirtualThreads() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.15");
        jdk("temurin-21", "21.0.4");
        Path jdk25 = jdk("temurin-25", "25.0.3");

        assertThat(VirtualThreadJdk.find(null, jdk17, jvm)).as("JDK found beside a JDK 17 bench").contains(jdk25);
    }

    @Test
    @DisplayName("the bench's own JDK is used when it has virtual threads itself")
    void usesTheCurrentJdkWhenNewEnough() throws IOException {
        Path current = jdk("current", "22.0.1");
        jdk("temurin-25", "25.0.3");

        assertThat(VirtualThreadJdk.find(" ", current, jvm)).as("JDK found when the bench runs on 22").contains(current);
    }

    @Test
    @DisplayName("no JDK 21+ anywhere means none, and the row is left out")
    void noneWhenOnlyOldJdks() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.15");
        Files.createDirectories(jvm.resolve("not-a-jdk"));

        assertThat(VirtualThreadJdk.find(null, jdk17, jvm)).as("JDK found with only a JDK 17 installed").isEmpty();
        assertThat(VirtualThreadJdk.find(null, jdk17, jvm.resolve("missing"))).as("JDK found with no /usr/lib/jvm").isEmpty();
    }

    @Test
    @DisplayName("-Dbench.virtualJdk wins, and naming a JDK without virtual threads is refused with what it is")
    void theSettingWinsAndIsChecked() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.15");
        Path jdk21 = jdk("temurin-21", "21.0.4");
        jdk("temurin-25", "25.0.3");

        assertThat(VirtualThreadJdk.find(jdk21.toString(), jdk17, jvm)).as("JDK found with -Dbench.virtualJdk=" + jdk21).contains(jdk21);
        assertThatThrownBy(() -> VirtualThreadJdk.find(jdk17.toString(), jdk17, jvm))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bench.virtualJdk").hasMessageContaining("not a JDK 21").hasMessageContaining("17");
    }

    @Test
    @DisplayName("the feature release is read from the JDK's release file, old and new styles alike")
    void readsTheFeatureRelease() throws IOException {
        assertThat(VirtualThreadJdk.feature(jdk("a", "25.0.3"))).isEqualTo(25);
        assertThat(VirtualThreadJdk.feature(jdk("b", "21"))).isEqualTo(21);
        assertThat(VirtualThreadJdk.feature(jdk("c", "1.8.0_412"))).isEqualTo(8);
        assertThat(VirtualThreadJdk.feature(jvm.resolve("nothing"))).isEqualTo(-1);
    }

    /** A fake JDK: a release file and an empty bin/java. */
    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvm.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\nJAVA_VERSION_DATE=\"2026-01-01\"\n");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin").resolve("java"), "");
        return home;
    }
}
