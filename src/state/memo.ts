/**
 * Memoisation keyed on the inputs by identity: the reducer keeps unchanged
 * parts of the state as the same objects, so `===` on inputs is enough.
 */

/** Caches the last call's result; recomputes when any argument is a different value (by ===). */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value!: R;
  return (...args: A): R => {
    if (last !== null && last.length === args.length && last.every((x, i) => x === args[i])) return value;
    value = fn(...args);
    last = args;
    return value;
  };
}

/** Caches per object key (weakly) and per string sub-key, for per-dataset tables such as one side's columns. */
export function memoPer<K extends object, S extends string, R>(fn: (k: K, s: S) => R): (k: K, s: S) => R {
  const cache = new WeakMap<K, Map<S, R>>();
  return (k, s) => {
    let m = cache.get(k);
    if (!m) {
      m = new Map();
      cache.set(k, m);
    }
    if (!m.has(s)) m.set(s, fn(k, s));
    return m.get(s) as R;
  };
}
