package dev.workbook.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A page's address is one a browser on this machine can open. */
@Tag("support")
class PageUrlTest {

    @Test
    @DisplayName("A server on one host is opened on that host and its port")
    void hostAndPort() {
        assertThat(PageUrl.of("192.168.1.20", 8040)).as("the address of a page served on 192.168.1.20:8040")
                .isEqualTo("http://192.168.1.20:8040/");
    }

    @Test
    @DisplayName("A server on every interface (0.0.0.0, a classroom) is opened on 127.0.0.1")
    void everyInterfaceIsOpenedOnLoopback() {
        assertThat(PageUrl.of("0.0.0.0", 8010)).as("the address of a page served on 0.0.0.0:8010, which no browser opens")
                .isEqualTo("http://127.0.0.1:8010/");
    }
}
