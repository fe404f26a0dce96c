package dev.kakehashi.app;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The response as it goes out: every byte is sent at once and also copied, up to a limit, so the
 * page cache can keep it. Past the limit the copy is dropped and the answer is simply not kept.
 */
final class PageCapture extends HttpServletResponseWrapper {
    private final int limit;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream out;
    private PrintWriter writer;

    PageCapture(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            ServletOutputStream real = super.getOutputStream();
            out = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    real.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    real.write(b, off, len);
                    keep(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    real.flush();
                }

                @Override
                public boolean isReady() {
                    return real.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    real.setWriteListener(listener);
                }
            };
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer =
                    new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    private void keep(byte[] b, int off, int len) {
        if (copy != null && copy.size() + len <= limit) {
            copy.write(b, off, len);
        } else {
            copy = null;
        }
    }

    /** The bytes sent, or null when there were too many to keep. Flushes a writer first. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return copy == null ? null : copy.toByteArray();
    }
}
