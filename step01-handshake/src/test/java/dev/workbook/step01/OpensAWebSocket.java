package dev.workbook.step01;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * It opens a WebSocket through the server's handshake: it needs the accept key (1.1) and
 * the checked upgrade request (1.2).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise-1.1")
@Tag("exercise-1.2")
@interface OpensAWebSocket {
}
