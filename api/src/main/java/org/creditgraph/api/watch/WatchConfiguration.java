package org.creditgraph.api.watch;

import java.time.Clock;
import java.time.ZoneId;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.WatchlistStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stores and the clock of the change feed; tests replace the clock to pass midnight. The stores
 * use their own {@link Graph} over the same driver (same bookmarks), so that the worker's polling
 * does not show in the request path's query count.
 */
@Configuration(proxyBeanMethods = false)
class WatchConfiguration {

    @Bean
    WatchlistStore watchlistStore(Graph graph) {
        return new WatchlistStore(new Graph(graph.driver()));
    }

    @Bean
    EventStore eventStore(Graph graph) {
        return new EventStore(new Graph(graph.driver()));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
