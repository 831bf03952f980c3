package dev.workbook.mends;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.DisconnectableHub;
import com.corundumstudio.socketio.ack.AckManager;
import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.namespace.Namespace;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.scheduler.CancelableScheduler;

/**
 * netty-socketio 2.0.14's handshake handler, except that an Engine.IO 4 client joins the default
 * namespace when it sends its CONNECT, not when its transport opens (see docs/library-notes.md,
 * "The default namespace joined too early").
 *
 * <p>The session keeps the library's placeholder in the default namespace from the start, which is
 * what carries its Engine.IO packets (pings, the upgrade) to netty-socketio.
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#connectsTheDefaultNamespaceAtOpen",
        notes = "the-default-namespace-joined-too-early")
final class DefaultNamespaceOnConnect extends AuthorizeHandler {

    private final NamespacesHub namespaces;

    DefaultNamespaceOnConnect(String connectPath, CancelableScheduler scheduler, Configuration configuration,
            NamespacesHub namespaces, DisconnectableHub disconnectable, AckManager acks, ClientsBox sessions) {
        super(connectPath, scheduler, configuration, namespaces, configuration.getStoreFactory(), disconnectable, acks, sessions);
        this.namespaces = namespaces;
    }

    @Override
    public void connect(ClientHead client) {
        if (client.getEngineIOVersion() != EngineIOVersion.V4) {
            super.connect(client); // Engine.IO 3 clients are joined at once, as Socket.IO 4 said
            return;
        }
        Namespace main = namespaces.get(Namespace.DEFAULT_NAME);
        if (!client.getNamespaces().contains(main)) {
            client.addNamespaceClient(main); // the placeholder only; the client's CONNECT runs the listeners
        }
    }
}
