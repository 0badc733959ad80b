package org.creditgraph.api.source;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.creditgraph.api.graphql.Connections;
import org.creditgraph.model.store.LoadRunStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code sources}: the load runs behind the data, newest first (freshness), open to every caller. */
@Controller
public class SourceController {

    private final LoadRunStore runs;

    public SourceController(LoadRunStore runs) {
        this.runs = runs;
    }

    @QueryMapping
    public Map<String, Object> sources(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return Connections.of(runs.sources(Connections.request(first, after, env)));
    }

    @SchemaMapping(typeName = "Source", field = "loadedAt")
    public String loadedAt(LoadRunStore.Source source) {
        return source.loadedAt().toOffsetDateTime().toString();
    }
}
