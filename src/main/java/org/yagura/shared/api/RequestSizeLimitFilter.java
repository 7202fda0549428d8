package org.yagura.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of API requests that are not file uploads. A declared length over the cap is
 * refused before anything is read; a chunked body is cut off when it passes the cap. Either way
 * the client gets 413 problem+json.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxBulkBytes;
    private final MessageSource messages;

    RequestSizeLimitFilter(@Value("${yagura.api.max-request-size:1MB}") DataSize max,
            @Value("${yagura.api.max-bulk-request-size:32MB}") DataSize maxBulk, MessageSource messages) {
        this.maxBytes = max.toBytes();
        this.maxBulkBytes = maxBulk.toBytes();
        this.messages = messages;
    }

    /** Bulk endpoints ({@code …/bulk}, the observables match) take many items in one body and have a limit of their own. */
    private long limitFor(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith("/bulk") || uri.endsWith("/observables/match") ? maxBulkBytes : maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !ApiPaths.isApi(request)
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            reject(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Locale locale = request.getLocale();
        String title = messages.getMessage("error.413.title", null, "Payload Too Large", locale);
        String detail = messages.getMessage("error.413.detail", new Object[] {limit}, "Request body too large", locale);
        response.setHeader("Connection", "close");
        ProblemJson.write(response, 413, title, detail, request.getRequestURI());
    }

    /** Thrown when a body without a declared length grows past the cap. */
    static final class PayloadTooLargeException extends IOException {
        PayloadTooLargeException() {
            super("request body exceeds the configured limit");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        LimitedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new PayloadTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
