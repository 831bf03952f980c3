package dev.workbook.classroom;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * {@code exec:java@classroom}: starts the board beside this workbook and says what to give the
 * class: the address, the class code, and the command that makes their edition report to it.
 *
 * <p>Argument: the workbook's root folder. Settings: see {@link ClassroomSettings#fromSystemProperties}.
 */
public final class ClassroomMain {

    private ClassroomMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        ClassroomSettings settings = ClassroomSettings.fromSystemProperties(root);
        KnownExercises known = KnownExercises.of(root);
        ClassroomBoard board = ClassroomBoard.start(settings, known);
        Runtime.getRuntime().addShutdownHook(new Thread(board::close, "classroom-board-shutdown"));
        String address = "http://" + roomAddress(settings.host()) + ":" + board.port();
        System.out.println();
        System.out.println("The class board is running: open " + board.url() + "/ and put it on the projector.");
        System.out.println("  " + known.count() + " exercises known; a learner on one exercise for "
                + settings.stuckAfter().toMinutes() + " min is marked stuck (-Dclassroom.stuckMinutes=...).");
        System.out.println("  Class code: " + board.classCode() + "    board saved in " + settings.stateFile());
        System.out.println("  The learners' edition, made on this machine:");
        System.out.println("    mvn -q -pl workbook-tools compile exec:java@edition -Dto=../learner-edition"
                + " -Dclassroom=" + address + " -Dclass-code=" + board.classCode());
        System.out.println("  CSV at the end of the day: " + board.url() + "/board.csv    Ctrl+C stops the board.");
    }

    /** The address learners' machines reach this one at: the first site-local IPv4 address, else loopback. */
    private static String roomAddress(String host) throws SocketException {
        if (!host.equals("0.0.0.0")) {
            return host;
        }
        List<NetworkInterface> interfaces = Collections.list(NetworkInterface.getNetworkInterfaces());
        for (NetworkInterface network : interfaces) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && address.isSiteLocalAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        return "127.0.0.1";
    }
}
