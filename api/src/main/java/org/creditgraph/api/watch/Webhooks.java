package org.creditgraph.api.watch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLSocketFactory;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.store.EventStore.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook delivery (issue 7): each due event is POSTed as JSON to its watchlist's URL with
 * {@code X-CreditGraph-Signature: sha256=<hex HMAC-SHA256(body, secret)>} and
 * {@code X-CreditGraph-Event-Id}, and with the Standard Webhooks headers ({@code webhook-id} = the
 * event id, the same on every retry; {@code webhook-timestamp} = Unix seconds of the attempt;
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}), keyed by the same
 * secret, which the watchlist's creator receives also as {@code whsec_<base64 of its bytes>}
 * ({@link #standardSecret}), the form stock verifiers take. A 2xx answer marks it delivered; anything else backs off the
 * watchlist's pending events exponentially ({@code retryBase} doubling up to {@code retryMax}) for
 * {@code retryFor} (24 h). Each watchlist is delivered on its own virtual thread, in event order,
 * and never twice at once, so a dead receiver delays only its own events. Each attempt resolves
 * the host once, checks the addresses ({@link WebhookTargets#pin}) and connects to the checked one
 * ({@link PinnedPost}); redirects are not followed.
 */
@Service
public class Webhooks {

    public static final String SIGNATURE_HEADER = "X-CreditGraph-Signature";
    public static final String EVENT_ID_HEADER = "X-CreditGraph-Event-Id";
    public static final String STANDARD_ID_HEADER = "webhook-id";
    public static final String STANDARD_TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String STANDARD_SIGNATURE_HEADER = "webhook-signature";
    private static final String STANDARD_SECRET_PREFIX = "whsec_";

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventStore events;
    private final WebhookTargets targets;
    private final WatchProperties properties;
    private final PinnedPost http;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    @Autowired
    public Webhooks(EventStore events, WebhookTargets targets, WatchProperties properties) {
        this(events, targets, properties, PinnedPost.PLAIN, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** With the socket connector and TLS settings given (tests). */
    Webhooks(
            EventStore events,
            WebhookTargets targets,
            WatchProperties properties,
            PinnedPost.Connector connector,
            SSLSocketFactory tls) {
        this.events = events;
        this.targets = targets;
        this.properties = properties;
        this.http = new PinnedPost(connector, tls, properties.requestTimeout());
    }

    /** Starts delivery of every due event; watchlists already being delivered are skipped. */
    public void deliverDue() {
        for (EventStore.Due due : events.due(1000)) {
            if (inFlight.add(due.watchlistId())) {
                senders.execute(() -> {
                    try {
                        deliver(due);
                    } finally {
                        inFlight.remove(due.watchlistId());
                    }
                });
            }
        }
    }

    /** Whether deliveries are under way (tests wait for quiet). */
    public boolean busy() {
        return !inFlight.isEmpty();
    }

    private void deliver(EventStore.Due due) {
        for (Event event : due.events()) {
            Optional<String> failure = due.webhookUrl() == null
                    ? Optional.of("watchlist has no webhook")
                    : send(due.webhookUrl(), due.secret(), event);
            if (failure.isEmpty()) {
                events.delivered(event.id());
                continue;
            }
            Duration backoff = backoff(event.attempts());
            log.info("Webhook of watchlist {} failed ({}); retrying in {}", due.watchlistId(), failure.get(), backoff);
            events.failed(due.watchlistId(), event.id(), failure.get(), backoff, properties.retryFor());
            return;
        }
    }

    Duration backoff(int previousAttempts) {
        Duration delay = properties.retryBase();
        for (int i = 0; i < previousAttempts && delay.compareTo(properties.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : delay;
    }

    /**
     * One attempt: the host is resolved once, every address checked, and the request sent to the
     * address that was checked (never to what the name resolves to a moment later).
     */
    Optional<String> send(String url, String secret, Event event) {
        WebhookTargets.Pinned target;
        switch (targets.pin(url)) {
            case WebhookTargets.Refused refused -> {
                return Optional.of(refused.why());
            }
            case WebhookTargets.Pinned pinned -> target = pinned;
        }
        byte[] body = body(event);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "CreditGraph-Webhooks/1");
        headers.put(SIGNATURE_HEADER, "sha256=" + sign(body, secret));
        headers.put(EVENT_ID_HEADER, event.id());
        String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
        headers.put(STANDARD_ID_HEADER, event.id());
        headers.put(STANDARD_TIMESTAMP_HEADER, timestamp);
        headers.put(STANDARD_SIGNATURE_HEADER, "v1," + standardSignature(event.id(), timestamp, body, secret));
        try {
            int status = http.post(target.uri(), target.address(), headers, body);
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                return Optional.of("interrupted");
            }
            return Optional.of(e.getClass().getSimpleName());
        }
    }

    /** The JSON body of an event: the same fields as the GraphQL {@code WatchEvent}. */
    public static byte[] body(Event e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", e.id());
        body.put("cursor", WatchEventView.cursor(e.seq()));
        body.put("watchlistId", e.watchlistId());
        body.put("subjectId", e.subjectId());
        body.put("subjectKind", e.subjectKind().name());
        body.put("domain", e.domain().name());
        body.put("oldVerdict", e.oldVerdict() == null ? null : e.oldVerdict().name());
        body.put("newVerdict", e.newVerdict().name());
        body.put("reasons", e.reasons());
        body.put("evidenceIds", e.evidenceIds());
        body.put("dataVersion", e.dataVersion());
        body.put("occurredAt", e.occurredAt().toOffsetDateTime().toString());
        body.put("effectiveOn", e.effectiveOn() == null ? null : e.effectiveOn().toString());
        body.put("cause", e.cause());
        body.put("kind", e.kind().name());
        body.put("recordId", e.recordId());
        body.put("recordKey", e.recordKey());
        return JSON.writeValueAsBytes(body);
    }

    /** The secret as Standard Webhooks writes it: {@code whsec_} and the base64 of the key's bytes. */
    public static String standardSecret(String secret) {
        return STANDARD_SECRET_PREFIX + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Standard Webhooks: base64 HMAC-SHA256 of {@code id.timestamp.body} with the secret's bytes. */
    public static String standardSignature(String id, String timestamp, byte[] body, String secret) {
        return standardSignature(id, timestamp, body, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Standard Webhooks: base64 HMAC-SHA256 of {@code id.timestamp.body} with {@code key}. */
    static String standardSignature(String id, String timestamp, byte[] body, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @jakarta.annotation.PreDestroy
    void close() {
        senders.shutdownNow();
    }
}
