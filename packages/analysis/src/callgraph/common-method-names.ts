/**
 * Method names that built-in and library types of every language share (collections,
 * promises, streams, event emitters, maps, strings, HTTP clients, loggers). A call of one of
 * them on a receiver whose type is unknown (`obj.get()`, `arr.map()`, `emitter.on()`) is never
 * resolved by the project-unique-name rule: that a project happens to define exactly one
 * `get` says nothing about which `get` an unknown object has. Drawn from the members of
 * JavaScript's Array, Map, Set, Promise, String, Object, EventEmitter, fetch bodies, Date and DOM, Java's Collection,
 * Map, Stream and Object, Python's list/dict/str/file, Go's fmt/io/errors, and the verbs of
 * HTTP clients and loggers.
 */
export const COMMON_METHOD_NAMES: ReadonlySet<string> = new Set(
  [
    // collections and maps
    'get set has add delete remove clear put contains containsKey size length isEmpty ' +
      'keys values entries items push pop shift unshift append extend insert update copy ' +
      'clone slice splice concat join split sort reverse fill at indexOf includes ' +
      'getOrDefault iterator stream collect forEach map filter reduce find findIndex some ' +
      'every flat flatMap first last count min max sum next toArray toList of from all any ',
    // objects and strings
    'toString valueOf toJSON equals hashCode compareTo assign create freeze trim replace ' +
      'replaceAll match test exec startsWith endsWith toLowerCase toUpperCase lower upper ' +
      'strip format parse stringify encode decode call apply bind ',
    // promises, events, streams, I/O
    'then catch finally resolve reject on off once emit addEventListener ' +
      'removeEventListener subscribe unsubscribe pipe read write end close open flush send ' +
      'json text ',
    // HTTP clients and loggers
    'post patch head options request fetch log debug info warn warning error fatal trace ',
    // more String, Array and Number members
    'search charAt charCodeAt codePointAt substring substr padStart padEnd repeat ' +
      'localeCompare normalize trimStart trimEnd lastIndexOf findLast findLastIndex ' +
      'toFixed toPrecision ',
    // web platform: fetch bodies, dates, DOM
    'arrayBuffer formData blob bytes getReader getTime toISOString setAttribute getAttribute ' +
      'removeAttribute appendChild removeChild insertBefore querySelector querySelectorAll ' +
      'focus blur click dispatchEvent preventDefault stopPropagation abort ',
    // Python, Java and Kotlin library methods
    'startswith endswith getClass println print orElse orElseThrow isPresent ifPresent ' +
      'getHashCode len del ',
    // Go standard library verbs (compared with a lower-case first letter)
    'println printf sprintf errorf string ',
  ]
    .join(' ')
    .trim()
    .split(/\s+/),
);

/**
 * True when `name` is a built-in/library method name (see {@link COMMON_METHOD_NAMES}), also
 * when capitalised as Go and C# spell methods (`Get`, `Add`, `ToString`).
 */
export function isCommonMethodName(name: string): boolean {
  return (
    COMMON_METHOD_NAMES.has(name) ||
    COMMON_METHOD_NAMES.has(name.charAt(0).toLowerCase() + name.slice(1))
  );
}
