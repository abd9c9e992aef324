package dev.labforge.shard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits items (labs) into shards so that every CI runner computes the same split on its own: the
 * items are sorted by their key (the lab's folder name) and dealt out in turn, the 1st, (N+1)th,
 * (2N+1)th ... to shard 1, the 2nd, (N+2)th ... to shard 2, and so on. So the split depends only on
 * the set of keys (not on argument order or where the checkout lives), every item lands in exactly
 * one shard, and shard sizes differ by at most one. Pure.
 */
public final class ShardPartitioner {

    private ShardPartitioner() {
    }

    /** All {@code count} shards, first to last; each keeps the key order. */
    public static <T> List<List<T>> partition(List<T> items, Function<T, String> key, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of shards must be at least 1, was " + count);
        }
        List<T> sorted = sortedByUniqueKey(items, key);
        List<List<T>> shards = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            shards.add(new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            shards.get(i % count).add(sorted.get(i));
        }
        return shards.stream().map(List::copyOf).toList();
    }

    /** The items of one shard, in key order. */
    public static <T> List<T> select(List<T> items, Function<T, String> key, Shard shard) {
        return partition(items, key, shard.count()).get(shard.index() - 1);
    }

    private static <T> List<T> sortedByUniqueKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            T clash = byKey.putIfAbsent(key.apply(item), item);
            if (clash != null) {
                throw new IllegalArgumentException(clash + " and " + item + " have the same shard key '" + key.apply(item)
                        + "'; shards tell labs apart by folder name, so rename one of the folders");
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.naturalOrder());
        return keys.stream().map(byKey::get).toList();
    }
}
