package org.creditgraph.loaders.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Contract §3: decides whether a CSV file is UTF-8 (with or without BOM) or GB18030. The whole
 * file is decoded strictly (malformed or unmappable bytes are errors), streaming, so that a bad
 * byte far into a large file is found before any row is loaded rather than in the middle of it.
 * The same pass counts lines, which gives a cheap row estimate for the progress bar.
 */
public final class EncodingSniffer {

    /** GB 18030, the superset of GBK/GB2312 that Chinese government systems export. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int CHUNK = 64 * 1024;

    private EncodingSniffer() {}

    /**
     * The encoding of a text file.
     *
     * @param charset UTF-8 or GB18030
     * @param bom whether the file starts with a UTF-8 byte-order mark (3 bytes to skip)
     * @param lines number of lines in the file: line feeds, plus one for a last line without one
     */
    public record Detected(Charset charset, boolean bom, long lines) {

        /** Bytes to skip at the start of the file before decoding with {@link #charset()}. */
        public int skipBytes() {
            return bom ? 3 : 0;
        }

        /** {@code UTF-8 with BOM}, {@code UTF-8}, {@code GB18030}. */
        public String label() {
            return charset.name() + (bom ? " with BOM" : "");
        }

        /** A fresh strict decoder for this encoding (malformed input is an error). */
        public CharsetDecoder decoder() {
            return strict(charset);
        }
    }

    /** Detects the encoding of {@code file}; see the class comment. */
    public static Detected detect(Path file) throws UnusableInputException, IOException {
        byte[] head = new byte[4];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, head.length);
        }
        boolean utf8Bom =
                headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!utf8Bom && headLength >= 2 && isUtf16Bom(head[0] & 0xFF, head[1] & 0xFF)) {
            throw new UnusableInputException("unreadable encoding in " + file
                    + ": the file is UTF-16 (Excel \"Unicode text\"); save it as \"CSV UTF-8\" instead");
        }
        int skip = utf8Bom ? 3 : 0;
        Scan utf8 = scan(file, skip, StandardCharsets.UTF_8);
        if (utf8.badOffset() < 0) {
            return new Detected(StandardCharsets.UTF_8, utf8Bom, utf8.lines());
        }
        if (utf8Bom) {
            throw new UnusableInputException("unreadable encoding in " + file
                    + ": it starts with a UTF-8 byte-order mark but byte " + utf8.badOffset()
                    + " is not UTF-8");
        }
        Scan gb = scan(file, 0, GB18030);
        if (gb.badOffset() < 0) {
            return new Detected(GB18030, false, gb.lines());
        }
        throw new UnusableInputException("unreadable encoding in " + file
                + ": neither UTF-8 nor GB18030 (first bad byte for UTF-8 at offset " + utf8.badOffset()
                + ", for GB18030 at offset " + gb.badOffset() + ")");
    }

    private static boolean isUtf16Bom(int first, int second) {
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
    }

    static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** {@code badOffset} is the file offset of the first byte that does not decode, or -1. */
    private record Scan(long badOffset, long lines) {}

    /** Counts lines in decoded text. */
    private static final class LineCounter {
        private long lineFeeds;
        private boolean openLine;

        void count(CharBuffer out) {
            out.flip();
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    lineFeeds++;
                    openLine = false;
                } else {
                    openLine = true;
                }
            }
            out.clear();
        }

        long lines() {
            return lineFeeds + (openLine ? 1 : 0);
        }
    }

    private static Scan scan(Path file, int skip, Charset charset) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long consumed = skip; // file offset of in.position() == 0 of the current buffer content
        LineCounter lines = new LineCounter();
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int read = stream.read(in.array(), in.position(), in.remaining());
                    if (read < 0) {
                        eof = true;
                    } else {
                        in.position(in.position() + read);
                    }
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                if (result.isError()) {
                    return new Scan(consumed + in.position(), lines.lines());
                }
                lines.count(out);
                long before = in.position();
                in.compact();
                consumed += before;
                if (eof && result.isUnderflow()) {
                    CoderResult flush = decoder.flush(out);
                    if (flush.isError()) {
                        return new Scan(consumed, lines.lines());
                    }
                    lines.count(out);
                    return new Scan(-1, lines.lines());
                }
            }
        }
    }
}
