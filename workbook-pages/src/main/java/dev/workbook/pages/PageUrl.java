package dev.workbook.pages;

/** The address a browser on this machine opens for a server listening on a host and port. */
public final class PageUrl {

    /** Listening on every interface, as a classroom does: a browser on this machine still reaches it on loopback. */
    static final String EVERY_INTERFACE = "0.0.0.0";
    static final String LOOPBACK = "127.0.0.1";

    private PageUrl() {
    }

    /** {@code http://host:port/}, with {@value #EVERY_INTERFACE} (not an address to open) shown as {@value #LOOPBACK}. */
    public static String of(String host, int port) {
        return "http://" + (host.equals(EVERY_INTERFACE) ? LOOPBACK : host) + ":" + port + "/";
    }
}
