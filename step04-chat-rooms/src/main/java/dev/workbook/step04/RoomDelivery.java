package dev.workbook.step04;

/** How a message just stored reaches its room's members: {@link #TO_ROOM} on one server; step 06's nodes share the work. */
@FunctionalInterface
public interface RoomDelivery {

    /** Sends the room's members a message just stored; under the room's lock, so that they see the numbers in order. */
    void stored(StoredMessage message);
}
