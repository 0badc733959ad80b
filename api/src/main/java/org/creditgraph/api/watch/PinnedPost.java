package org.creditgraph.api.watch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address chosen in advance (webhook delivery). The JDK's HTTP client
 * resolves the host itself, which would undo the check of the resolved address; here the
 * connection goes to the given address while the request carries the URL's own host: in the
 * {@code Host} header and, for https, as TLS server name (SNI) and as the name the certificate
 * must match. Redirects are not followed (the status is the answer); only the status line is read.
 */
final class PinnedPost {

    /** Opens a connected socket; tests substitute it to see where a delivery would connect. */
    @FunctionalInterface
    interface Connector {
        Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;
    }

    static final Connector PLAIN = (address, timeoutMillis) -> {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    };

    private static final int MAX_LINE = 8192;

    private final Connector connector;
    private final SSLSocketFactory tls;
    private final Duration timeout;

    PinnedPost(Connector connector, SSLSocketFactory tls, Duration timeout) {
        this.connector = connector;
        this.tls = tls;
        this.timeout = timeout;
    }

    /** POSTs {@code body} to {@code uri} over a connection to {@code address}; the HTTP status. */
    int post(URI uri, InetAddress address, Map<String, String> headers, byte[] body) throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = hostName(uri);
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        Socket socket = connector.connect(new InetSocketAddress(address, port), millis);
        try {
            socket.setSoTimeout(millis);
            if (https) {
                socket = startTls(socket, host, port);
            }
            OutputStream out = socket.getOutputStream();
            out.write(head(uri, host, port, https, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return status(new BufferedInputStream(socket.getInputStream()));
        } finally {
            socket.close();
        }
    }

    private Socket startTls(Socket plain, String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the URL's host
        if (!isLiteral(host)) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static String head(URI uri, String host, int port, boolean https, Map<String, String> headers, int length) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        String hostHeader =
                (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + (port == (https ? 443 : 80) ? "" : ":" + port);
        StringBuilder head = new StringBuilder()
                .append("POST ")
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(hostHeader)
                .append("\r\n");
        headers.forEach((name, value) ->
                head.append(checked(name)).append(": ").append(checked(value)).append("\r\n"));
        return head.append("Content-Length: ")
                .append(length)
                .append("\r\nConnection: close\r\n\r\n")
                .toString();
    }

    private static String checked(String text) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("line break in a header");
        }
        return text;
    }

    /** The final status code; informational (1xx) answers are skipped. */
    private static int status(InputStream in) throws IOException {
        while (true) {
            String line = line(in);
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
                throw new IOException("not an HTTP/1.x answer");
            }
            int status = Integer.parseInt(parts[1]);
            if (status >= 200) {
                return status;
            }
            while (!line(in).isEmpty()) {
                // headers of the 1xx answer
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c == -1) {
                throw new IOException("the receiver closed the connection before answering");
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("answer line too long");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** The URL's host without the brackets of an IPv6 literal, lower-cased. */
    static String hostName(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static boolean isLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }
}
