package dev.workbook.socketio;

import com.corundumstudio.socketio.AckCallback;
import com.corundumstudio.socketio.protocol.AckArgs;
import com.corundumstudio.socketio.protocol.JacksonJsonSupport;
import com.corundumstudio.socketio.protocol.JsonSupport;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** netty-socketio's Jackson support, counting how often it writes one event's JSON once told to start. */
final class CountingJsonSupport implements JsonSupport {

    private final JsonSupport jackson = new JacksonJsonSupport();
    private final String event;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile boolean counting;

    /** Counts the writes of events called {@code event}: a list that starts with its name. */
    CountingJsonSupport(String event) {
        this.event = event;
    }

    void startCounting() {
        counting = true;
    }

    int writes() {
        return writes.get();
    }

    @Override
    public void writeValue(ByteBufOutputStream out, Object value) throws IOException {
        if (counting && value instanceof List<?> values && !values.isEmpty() && event.equals(values.get(0))) {
            writes.incrementAndGet();
        }
        jackson.writeValue(out, value);
    }

    @Override
    public AckArgs readAckArgs(ByteBufInputStream src, AckCallback<?> callback) throws IOException {
        return jackson.readAckArgs(src, callback);
    }

    @Override
    public <T> T readValue(String namespaceName, ByteBufInputStream src, Class<T> valueType) throws IOException {
        return jackson.readValue(namespaceName, src, valueType);
    }

    @Override
    public void addEventMapping(String namespaceName, String eventName, Class<?>... eventClass) {
        jackson.addEventMapping(namespaceName, eventName, eventClass);
    }

    @Override
    public void removeEventMapping(String namespaceName, String eventName) {
        jackson.removeEventMapping(namespaceName, eventName);
    }

    @Override
    public List<byte[]> getArrays() {
        return jackson.getArrays();
    }
}
