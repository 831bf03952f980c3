package dev.workbook.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A port that is taken is named, with the setting that moves the server elsewhere. */
@Tag("support")
class PortInUseTest {

    @Test
    @DisplayName("Binding a port that is taken fails naming the port and the -D setting that moves it")
    void takenPortIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> PortInUse.bind(port, "step04.webPort",
                    () -> new ServerSocket(port, 1, InetAddress.getLoopbackAddress())))
                    .as("binding port %d while another socket has it", port)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("Port " + port + " is in use").hasMessageContaining("-Dstep04.webPort=");
        }
    }

    @Test
    @DisplayName("A binding that works is returned as it is")
    void freePortIsBound() throws IOException {
        try (ServerSocket bound = PortInUse.bind(0, "x.port", () -> new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))) {
            assertThat(bound.isBound()).as("a socket bound through PortInUse").isTrue();
        }
    }
}
