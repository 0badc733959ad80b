package org.creditgraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Batch-mapping glue: the keys of a level's records, and the store's answer mapped back onto them. */
public final class Links {

    private Links() {}

    public static <R> List<String> keys(List<R> records, Function<R, String> key) {
        return records.stream().map(key).distinct().toList();
    }

    public static <R, T> Map<R, T> byRecord(List<R> records, Function<R, String> key, Map<String, T> byKey, T none) {
        Map<R, T> result = new LinkedHashMap<>();
        for (R r : records) {
            T value = byKey.getOrDefault(key.apply(r), none);
            if (value != null) {
                result.put(r, value);
            }
        }
        return result;
    }
}
