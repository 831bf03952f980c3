package dev.workbook.step02;

import dev.workbook.pages.StepSettings;

/**
 * Where step 02 listens: system properties override the defaults, so an instructor can run
 * {@code -Dworkbook.host=0.0.0.0} for a classroom.
 *
 * @param host the address both servers listen on
 * @param webPort the chat page's port
 * @param webSocketPort the chat server's port
 */
public record Step02Settings(String host, int webPort, int webSocketPort) implements StepSettings<Step02Settings> {

    public static final int DEFAULT_WEB_PORT = 8020;
    public static final int DEFAULT_WEBSOCKET_PORT = 8021;

    /** The settings from {@code workbook.host}, {@code step02.webPort} and {@code step02.webSocketPort}. */
    public static Step02Settings fromSystemProperties() {
        return new Step02Settings(
                System.getProperty("workbook.host", ChatSettings.DEFAULT_HOST),
                Integer.getInteger("step02.webPort", DEFAULT_WEB_PORT),
                Integer.getInteger("step02.webSocketPort", DEFAULT_WEBSOCKET_PORT));
    }

    @Override
    public Step02Settings onFreePorts() {
        return new Step02Settings(host, 0, 0);
    }
}
