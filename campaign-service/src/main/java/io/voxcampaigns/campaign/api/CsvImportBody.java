package io.voxcampaigns.campaign.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.voxcampaigns.campaign.domain.SuppressionCsv;
import io.voxcampaigns.campaign.service.SuppressionImport;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;

/**
 * Reads an import's text/csv body line by line as the import asks for it (never the whole body): UTF-8, lines ended
 * by LF or CRLF, blank lines and a first-line header left out, a line longer than {@value #MAX_LINE} characters
 * invalid without being kept. Passing {@code maxBytes} is a 413 in the error envelope; text that is not UTF-8 a 400
 * naming {@code body}.
 */
final class CsvImportBody implements SuppressionImport.Lines {

    static final int MAX_LINE = 1_000;

    private final Reader reader;
    private final String defaultReason;
    private final StringBuilder line = new StringBuilder();
    private long lineNumber;
    private boolean ended;

    CsvImportBody(InputStream body, long maxBytes, String defaultReason) {
        this.reader = new InputStreamReader(new Limited(body, maxBytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.defaultReason = defaultReason;
    }

    @Override
    public List<SuppressionImport.Line> next(int max) {
        List<SuppressionImport.Line> lines = new ArrayList<>(Math.min(max, 1024));
        try {
            while (lines.size() < max && !ended) {
                boolean tooLong = readLine();
                String text = line.toString();
                if (!tooLong && (text.isBlank() || lineNumber == 1 && SuppressionCsv.isHeader(text))) {
                    continue;
                }
                SuppressionCsv.Row row = tooLong
                        ? new SuppressionCsv.Row(null, null, "is longer than " + MAX_LINE + " characters")
                        : SuppressionCsv.parse(text, defaultReason);
                lines.add(new SuppressionImport.Line(lineNumber, row));
            }
        } catch (CharacterCodingException e) {
            throw ApiException.invalidField(SuppressionImport.BODY, "is not UTF-8 text (line " + (lineNumber + 1)
                    + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("reading the import body failed", e);
        }
        return lines;
    }

    /** Reads the next line into {@link #line} (at most MAX_LINE characters kept); answers whether it was longer. */
    private boolean readLine() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1) {
            ended = true;
        }
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        lineNumber++;
        return tooLong;
    }

    /** Fails with a 413 once more than {@code maxBytes} were read. */
    private static final class Limited extends FilterInputStream {

        private final long maxBytes;
        private long read;

        Limited(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b == -1 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
    }

    /** The 413 of an import body above the limit. */
    static ApiException tooLarge(long maxBytes) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "import body is larger than the limit of " + maxBytes
                + " bytes", Map.of("max_body_bytes", maxBytes));
    }
}
