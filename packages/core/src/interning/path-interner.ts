/**
 * Interns strings (paths, qualified names) to dense integer ids, so large graphs and fact sets
 * hold each distinct string once and compare ids instead of strings (spec 000 §6 "String
 * Interning", the role of the `lasso` crate).
 */
export class PathInterner {
  readonly #ids = new Map<string, number>();
  readonly #values: string[] = [];

  /** The id of `value`, assigning the next free id (0, 1, 2 …) on first sight. */
  intern(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#values.length;
      this.#ids.set(value, id);
      this.#values.push(value);
    }
    return id;
  }

  /** The id of `value` if it was interned. */
  lookup(value: string): number | undefined {
    return this.#ids.get(value);
  }

  /**
   * The string of an id.
   *
   * @throws RangeError for an id this interner never gave out.
   */
  resolve(id: number): string {
    const value = this.#values[id];
    if (value === undefined) throw new RangeError(`unknown interned id ${id}`);
    return value;
  }

  /** Distinct strings interned. */
  get size(): number {
    return this.#values.length;
  }
}
