package org.openhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.client.SseReader.Message;

class SseReaderTest {

    @Test
    void joinsMultiLineDataWithNewlines() throws IOException {
        assertThat(read("id: 1\nevent: ticket-called\ndata: {\"a\":\ndata:  1\ndata: }\n\n"))
                .containsExactly(new Message("1", "ticket-called", "{\"a\":\n 1\n}"));
    }

    @Test
    void ignoresCommentsAndUnknownFieldsAndRetry() throws IOException {
        assertThat(read(": hello\nretry: 3000\nfoo: bar\n: keep-alive\ndata: x\n: between\n\n"))
                .containsExactly(new Message(null, "message", "x"));
    }

    @Test
    void acceptsCrLfAndCrLineEndings() throws IOException {
        assertThat(read("id: 1\r\ndata: a\r\n\r\nid: 2\rdata: b\r\r"))
                .containsExactly(new Message("1", "message", "a"), new Message("2", "message", "b"));
    }

    @Test
    void stripsOneLeadingSpaceOnlyAndAcceptsAFieldWithoutAColon() throws IOException {
        assertThat(read("data:no space\ndata:  two spaces\ndata\n\n"))
                .containsExactly(new Message(null, "message", "no space\n two spaces\n"));
    }

    @Test
    void dispatchesNothingForAnEventWithoutDataButKeepsItsId() throws IOException {
        assertThat(read("id: 7\nevent: ping\n\ndata: after\n\n")).containsExactly(new Message("7", "message", "after"));
    }

    @Test
    void discardsAnEventCutOffByTheEndOfTheStream() throws IOException {
        assertThat(read("id: 1\ndata: whole\n\nid: 2\ndata: {\"cut\":")).containsExactly(new Message("1", "message", "whole"));
    }

    @Test
    void skipsAByteOrderMarkAtTheStart() throws IOException {
        assertThat(read("\uFEFFdata: x\n\n")).containsExactly(new Message(null, "message", "x"));
    }

    private static List<Message> read(String wire) throws IOException {
        var messages = new ArrayList<Message>();
        try (var reader = new SseReader(new StringReader(wire))) {
            for (Message message; (message = reader.next()) != null; ) {
                messages.add(message);
            }
        }
        return messages;
    }
}
