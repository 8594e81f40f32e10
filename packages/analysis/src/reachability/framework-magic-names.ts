import type { CallGraphNode, CodeLanguage } from '@drift/core';

/**
 * Method names the language runtime or its standard library calls implicitly (string
 * conversion, equality, hashing, disposal, iteration, operators, serialization hooks), so no
 * call site names them. Sources: the Python data model, PHP magic methods, Java `Object` and
 * `Serializable`, Kotlin `Any` and operator conventions, .NET `Object`/`IDisposable`/
 * `IEnumerable`, Go standard interfaces (`fmt.Stringer`, `error`, `http.Handler`,
 * `sort.Interface`, `json.Marshaler`, `io.Reader`…), Rust standard traits (`Drop`, `Display`/
 * `Debug`, `Clone`, `PartialEq`, `Iterator`, `From`, operator traits…), Ruby core protocols,
 * and React class components (`render`).
 */
const MAGIC_METHODS: Readonly<Record<CodeLanguage, ReadonlySet<string>>> = {
  typescript: new Set(['constructor', 'toString', 'valueOf', 'toJSON', 'render', 'then']),
  javascript: new Set(['constructor', 'toString', 'valueOf', 'toJSON', 'render', 'then']),
  python: new Set(),
  java: new Set([
    'toString',
    'equals',
    'hashCode',
    'compareTo',
    'clone',
    'finalize',
    'close',
    'run',
    'call',
    'iterator',
    'readObject',
    'writeObject',
    'readResolve',
    'writeReplace',
  ]),
  kotlin: new Set([
    'toString',
    'equals',
    'hashCode',
    'compareTo',
    'invoke',
    'iterator',
    'hasNext',
    'next',
    'close',
    'run',
    'getValue',
    'setValue',
  ]),
  csharp: new Set([
    'ToString',
    'Equals',
    'GetHashCode',
    'CompareTo',
    'Dispose',
    'DisposeAsync',
    'GetEnumerator',
    'Finalize',
  ]),
  go: new Set([
    'String',
    'GoString',
    'Error',
    'Format',
    'Unwrap',
    'ServeHTTP',
    'Len',
    'Less',
    'Swap',
    'MarshalJSON',
    'UnmarshalJSON',
    'MarshalText',
    'UnmarshalText',
    'Read',
    'Write',
    'Close',
  ]),
  rust: new Set([
    'drop',
    'fmt',
    'clone',
    'eq',
    'ne',
    'partial_cmp',
    'cmp',
    'hash',
    'default',
    'from',
    'from_str',
    'try_from',
    'deref',
    'deref_mut',
    'next',
    'into_iter',
    'as_ref',
    'index',
    'index_mut',
    'add',
    'sub',
    'mul',
    'div',
    'neg',
    'not',
  ]),
  php: new Set(),
  c: new Set(),
  cpp: new Set(),
  ruby: new Set([
    'initialize',
    'to_s',
    'to_str',
    'inspect',
    'to_h',
    'to_a',
    'to_json',
    'as_json',
    'method_missing',
    'respond_to_missing?',
    'each',
    '<=>',
    '==',
    'eql?',
    'hash',
    'call',
    'coerce',
  ]),
};

/** Python dunder methods (`__init__`, `__str__`, `__eq__` …) and PHP magic methods (`__construct`, `__toString` …). */
const DUNDER = /^__\w+__$/;
const PHP_MAGIC = /^__[A-Za-z]+$/;
/** JavaBeans-style accessors, read by reflection (serializers, ORMs, template engines). */
const BEAN_ACCESSOR = /^(?:get|set|is)[A-Z]/;
/** Kotlin data-class destructuring (`val (a, b) = pair` calls `component1`, `component2`). */
const KOTLIN_COMPONENT = /^component\d+$/;
/** A JSX file, whose capitalised functions are components rendered by `<Name />`, which is no call. */
const JSX_FILE = /\.[jt]sx$/;
const CAPITALISED = /^[A-Z]/;
const BEAN_LANGUAGES: ReadonlySet<CodeLanguage> = new Set(['java', 'kotlin', 'php']);
const NAMED_CONSTRUCTOR_LANGUAGES: ReadonlySet<CodeLanguage> = new Set([
  'java',
  'kotlin',
  'csharp',
  'cpp',
]);

/**
 * True when a runtime or framework can call `node` without a call site naming it: the language's
 * implicitly called methods ({@link MAGIC_METHODS}), Python dunder and PHP magic methods,
 * constructors (`constructor`, a method named after its class in Java, Kotlin, C# and C++),
 * C++ and C# destructors (finalizers), C++ operators, Go `init` functions, JavaBeans accessors (`getX`, `setX`,
 * `isX`) in Java, Kotlin and PHP, Kotlin `componentN`, and capitalised functions of `.tsx`/`.jsx`
 * files (JSX components, rendered by `<Name />`). Methods (nodes with a class) only, except
 * Python dunders, Go `init` and JSX components.
 *
 * Accessors declared with `get`/`set` (TypeScript, Python `@property`, C# properties) cannot be
 * recognised here: call graph nodes carry no function kind.
 */
export function isFrameworkMagicName(node: CallGraphNode): boolean {
  const { name, className, language } = node;
  if (language === 'python' && DUNDER.test(name)) return true;
  if (className === null) {
    if (language === 'go') return name === 'init';
    return JSX_FILE.test(node.file) && CAPITALISED.test(name);
  }
  if (MAGIC_METHODS[language].has(name)) return true;
  if (language === 'php' && PHP_MAGIC.test(name)) return true;
  if (NAMED_CONSTRUCTOR_LANGUAGES.has(language) && name === className) return true;
  if ((language === 'cpp' || language === 'csharp') && name.startsWith('~')) return true;
  if (language === 'cpp' && name.startsWith('operator')) return true;
  if (BEAN_LANGUAGES.has(language) && BEAN_ACCESSOR.test(name)) return true;
  return language === 'kotlin' && KOTLIN_COMPONENT.test(name);
}
