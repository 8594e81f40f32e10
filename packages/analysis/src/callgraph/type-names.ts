import type { CodeLanguage } from '@drift/core';

/** Union members that are not a value one can call a method on. */
const EMPTY_TYPES = new Set(['null', 'undefined', 'void', 'None', 'nil', 'never']);

/** Wrappers whose methods are reached through: `Box<T>` in Rust dereferences to `T`, `Optional[T]` in Python is `T | None`. */
const TRANSPARENT_WRAPPERS = new Set([
  'Optional',
  'Box',
  'Arc',
  'Rc',
  'std.unique_ptr',
  'std.shared_ptr',
  'unique_ptr',
  'shared_ptr',
]);

const QUALIFIED_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** Splits `text` at `separator` where it is not nested in `<>`, `[]`, `()` or `{}`. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '<' || char === '[' || char === '(' || char === '{') depth += 1;
    else if (char === '>' || char === ']' || char === ')' || char === '}') depth -= 1;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `Head<…>` or `Head[…]` → `{ head, argument }` (the whole argument text), else null. */
function genericParts(text: string): { head: string; argument: string } | null {
  const open = text.search(/[<[]/);
  if (open <= 0) return null;
  const close = text[open] === '<' ? '>' : ']';
  if (!text.endsWith(close)) return null;
  return { head: text.slice(0, open).trim(), argument: text.slice(open + 1, -1).trim() };
}

/** Strips reference, pointer, nullability and mutability markers around a type. */
function stripMarkers(text: string): string {
  let type = text.trim();
  for (;;) {
    const before = type;
    type = type
      .replace(/^(?:&(?:'\w+\s+)?(?:mut\s+)?|const\s+|mut\s+|dyn\s+|impl\s+|\*+|\?|\\)/, '')
      .replace(/(?:\s*[*&?!]|\s+const)$/, '')
      .trim();
    if (type.startsWith('(') && type.endsWith(')')) type = type.slice(1, -1).trim();
    if (type === before) return type;
  }
}

/**
 * Reduces a written type annotation to the one class name a method call on such a value
 * reaches, or null when no single name stands out. Unions lose their empty members
 * (`Repo | null`, `Optional[Repo]`, `Union[Repo, None]`, `Repo?`, `?Repo`); references,
 * pointers and transparent wrappers are looked through (`&mut Store`, `*Server`, `Box<dyn
 * Repo>`, `std::shared_ptr<Repo>`); generic arguments are dropped (`Repo<User>` → `Repo`);
 * Python string annotations are unquoted. Arrays and slices (`Repo[]`, `readonly Repo[]`,
 * `[]Repo`, `List[Repo]`'s head `List`) are not reduced to their element type: a method called on
 * them is the collection's. Qualified names come back `.`-separated (`st.Store`,
 * `App\Repo\User` → `App.Repo.User`).
 */
export function classNameOfType(type: string, language: CodeLanguage): string | null {
  let text = type.trim();
  if (language === 'python' && /^(["']).*\1$/.test(text)) text = text.slice(1, -1).trim();
  for (let guard = 0; guard < 8; guard += 1) {
    const members = splitTopLevel(text, '|')
      .map((member) => member.trim())
      .filter((member) => member !== '' && !EMPTY_TYPES.has(member));
    if (members.length !== 1) return null;
    text = stripMarkers(members[0] ?? '')
      .replaceAll('::', '.')
      .replaceAll('\\', '.');
    if (text.startsWith('readonly ') || text.endsWith('[]') || text.startsWith('[')) return null;
    const generic = genericParts(text);
    if (generic === null) return QUALIFIED_NAME.test(text) ? text : null;
    if (generic.head === 'Union' && language === 'python') {
      text = splitTopLevel(generic.argument, ',').join('|');
    } else if (TRANSPARENT_WRAPPERS.has(generic.head)) {
      text = generic.argument;
    } else {
      return QUALIFIED_NAME.test(generic.head) ? generic.head : null;
    }
  }
  return null;
}
