/**
 * A map addressed by two strings. Lookups hash each key separately: no key is concatenated per
 * lookup, so strings taken from facts keep their cached hashes (the resolver's memo tables are
 * hit once or more per call site).
 */
export class PairMap<V> {
  readonly #outer = new Map<string, Map<string, V>>();

  /** The value under both keys, or undefined. */
  get(first: string, second: string): V | undefined {
    return this.#outer.get(first)?.get(second);
  }

  /** Stores `value` under both keys. */
  set(first: string, second: string, value: V): void {
    let inner = this.#outer.get(first);
    if (inner === undefined) {
      inner = new Map();
      this.#outer.set(first, inner);
    }
    inner.set(second, value);
  }
}

/** Lists addressed by two strings (see {@link PairMap}). */
export class PairLists<V> {
  readonly #map = new PairMap<V[]>();

  /** Appends `value` to the list under both keys. */
  push(first: string, second: string, value: V): void {
    const list = this.#map.get(first, second);
    if (list === undefined) this.#map.set(first, second, [value]);
    else list.push(value);
  }

  /** The list under both keys; empty when none. */
  get(first: string, second: string): readonly V[] {
    return this.#map.get(first, second) ?? [];
  }
}

/**
 * Memoises a function of two strings. A key is marked null while its value is computed, so
 * a cyclic dependency (re-export cycles, base-class cycles) yields null instead of recursing.
 */
export class PairMemo<V> {
  readonly #values = new PairMap<V | null>();

  /** The value under both keys, computed by `compute` on first request (null while it runs). */
  get(first: string, second: string, compute: () => V | null): V | null {
    const known = this.#values.get(first, second);
    if (known !== undefined) return known;
    this.#values.set(first, second, null);
    const value = compute();
    this.#values.set(first, second, value);
    return value;
  }
}
