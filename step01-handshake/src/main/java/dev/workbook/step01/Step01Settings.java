package dev.workbook.step01;

import dev.workbook.pages.StepSettings;

/**
 * Where step 01 listens: system properties override the defaults, so an instructor can run
 * {@code -Dworkbook.host=0.0.0.0} for a classroom.
 *
 * @param host the address both servers listen on
 * @param webPort the inspector page's port
 * @param webSocketPort the hand-written WebSocket server's port
 */
public record Step01Settings(String host, int webPort, int webSocketPort) implements StepSettings<Step01Settings> {

    public static final int DEFAULT_WEB_PORT = 8010;
    public static final int DEFAULT_WEBSOCKET_PORT = 8011;

    /** The settings from {@code workbook.host}, {@code step01.webPort} and {@code step01.webSocketPort}. */
    public static Step01Settings fromSystemProperties() {
        return new Step01Settings(
                System.getProperty("workbook.host", ServerSettings.DEFAULT_HOST),
                Integer.getInteger("step01.webPort", DEFAULT_WEB_PORT),
                Integer.getInteger("step01.webSocketPort", DEFAULT_WEBSOCKET_PORT));
    }

    @Override
    public Step01Settings onFreePorts() {
        return new Step01Settings(host, 0, 0);
    }
}
