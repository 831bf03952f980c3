package dev.workbook.bench.servers;

import java.lang.reflect.Method;
import java.util.concurrent.ThreadFactory;

/**
 * Java 21's {@code Thread.ofVirtual().name("step01-virtual-", 1).factory()}, reached by reflection so
 * that the workbook still compiles for Java 17; on an older JDK it fails with a message that says so.
 */
final class VirtualThreads {

    private VirtualThreads() {
    }

    static ThreadFactory factory() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            Method name = builderType.getMethod("name", String.class, long.class);
            return (ThreadFactory) builderType.getMethod("factory").invoke(name.invoke(builder, "step01-virtual-", 1L));
        } catch (ReflectiveOperationException missing) {
            throw new IllegalStateException("virtual threads need Java 21 or newer; this is Java "
                    + Runtime.version().feature(), missing);
        }
    }
}
