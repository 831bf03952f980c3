package dev.workbook.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;

/**
 * Turns a server's "Address already in use" into a sentence a learner can act on: which port,
 * and the setting that moves it.
 */
public final class PortInUse {

    /** Something that binds a port: starts a server, say. */
    @FunctionalInterface
    public interface Binding<T> {
        T bind() throws IOException;
    }

    private PortInUse() {
    }

    /**
     * Runs {@code binding}; if it fails because {@code port} is taken, says so, naming
     * {@code setting}, the system property that chooses the port.
     */
    public static <T> T bind(int port, String setting, Binding<T> binding) throws IOException {
        try {
            return binding.bind();
        } catch (IOException | RuntimeException failed) {
            if (port != 0 && causedByBind(failed)) {
                throw new IOException(message(port, setting), failed);
            }
            throw failed;
        }
    }

    static String message(int port, String setting) {
        return "Port " + port + " is in use, by another program or another copy of the workbook: stop that one, or start "
                + "this one with -D" + setting + "=another port (0 lets the system choose a free one).";
    }

    private static boolean causedByBind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException || cause instanceof UncheckedIOException unchecked
                    && unchecked.getCause() instanceof BindException
                    || String.valueOf(cause.getMessage()).contains("already in use")) {
                return true;
            }
        }
        return false;
    }
}
