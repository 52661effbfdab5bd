package nngrader.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nngrader.sandbox.wire.WireException;
import org.junit.jupiter.api.Test;

/** The worker's handles count how often each was sent; a release gives the counts back and drops what reaches 0. */
class HandleTableTest {
    final HandleTable table = new HandleTable();
    final Object node = new Object();

    @Test
    void aHandleSentTwiceStaysUntilBothAreReleased() throws WireException {
        long id = sent(node);
        assertEquals(id, sent(node), "the same object, the same handle");
        table.release(id, 1);
        assertSame(node, table.get(id), "sent twice, released once: still held");
        table.release(id, 1);
        assertFalse(table.holds(id), "released as often as sent: dropped");
        assertThrows(WireException.class, () -> table.get(id));
        assertNotEquals(id, sent(node), "sent again after that: a new handle");
    }

    @Test
    void aReleaseOfTheCountsReceivedDropsAtOnce() {
        long id = table.created(node);
        sent(node);
        sent(node);
        table.release(id, 3);
        assertFalse(table.holds(id));
    }

    @Test
    void aReleaseThatCrossesALaterSendingKeepsTheObject() {
        long id = sent(node);
        sent(node); // another test received it meanwhile
        table.release(id, 1);
        assertTrue(table.holds(id));
    }

    @Test
    void unknownHandlesAreIgnored() {
        table.release(42, 1);
        long id = sent(node);
        table.release(id, 1);
        table.release(id, 1);
        assertFalse(table.holds(id));
    }

    @Test
    void aReplyThatWasNotSentCountsNothing() {
        long kept = sent(node);
        HandleTable.Reply reply = table.reply();
        long fresh = reply.export(new Object(), Object.class).id();
        assertEquals(kept, reply.export(node, Object.class).id());
        reply.unsent();
        assertFalse(table.holds(fresh), "an object only the lost reply named is not kept");
        table.release(kept, 1);
        assertFalse(table.holds(kept), "the lost reply did not count for the object sent before");
    }

    private long sent(Object value) {
        HandleTable.Reply reply = table.reply();
        long id = reply.export(value, Object.class).id();
        reply.sent();
        return id;
    }
}
