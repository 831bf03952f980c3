package dev.workbook.testkit;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a step's {@code src/main} and {@code src/test} with java.nio's {@link WatchService} and
 * puts a {@link WatchInput.Saved} in a queue for each save of a Java source or a page's file.
 */
final class SourceWatcher implements AutoCloseable {

    /** An editor's save is often a few writes (a temporary file, a rename): those that come this close count as one. */
    private static final long SETTLE_MILLIS = 60;

    private final Path module;
    private final WatchService service;
    private final Queue<WatchInput> inputs;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private SourceWatcher(Path module, WatchService service, Queue<WatchInput> inputs) {
        this.module = module;
        this.service = service;
        this.inputs = inputs;
        this.thread = new Thread(this::watch, "workbook-watch-sources");
        thread.setDaemon(true);
    }

    /** Starts watching {@code module}'s sources. */
    static SourceWatcher start(Path module, Queue<WatchInput> inputs) throws IOException {
        SourceWatcher watcher = new SourceWatcher(module, module.getFileSystem().newWatchService(), inputs);
        for (String folder : new String[] {"src/main", "src/test"}) {
            if (Files.isDirectory(module.resolve(folder))) {
                watcher.registerAll(module.resolve(folder));
            }
        }
        watcher.thread.start();
        return watcher;
    }

    /** Whether a saved file is one the watch checks again: Java sources and a page's files, not an editor's leftovers. */
    static boolean isSource(Path module, Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
            return false;
        }
        Path relative = module.relativize(file);
        return relative.startsWith("src/main/resources") || relative.startsWith("src/test/resources")
                || name.endsWith(".java") && (relative.startsWith("src/main/java") || relative.startsWith("src/test/java"));
    }

    private void registerAll(Path top) {
        try (Stream<Path> tree = Files.walk(top)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not watch " + top, e);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                long at = System.nanoTime();
                Set<Path> saved = new TreeSet<>();
                collect(key, saved);
                for (WatchKey more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, saved);
                }
                if (!saved.isEmpty()) {
                    inputs.add(new WatchInput.Saved(saved, at));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException closed) {
            Thread.currentThread().interrupt(); // closing the watch ends this thread
        }
    }

    private void collect(WatchKey key, Set<Path> saved) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (Files.isDirectory(path)) {
                registerAll(path); // a new package: watch it too
            } else if (isSource(module, path)) {
                saved.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
