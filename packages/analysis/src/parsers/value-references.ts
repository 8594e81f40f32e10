import type { FileFacts, ReferenceFact } from '@drift/core';

/** A name passed as a value: `listUsers` → `{ name: 'listUsers', receiver: null }`. */
export interface ValueName {
  readonly name: string;
  /** The qualifier's text (`controller`, `this`, `this.handlers`), or null for a bare name. */
  readonly receiver: string | null;
}

const MEMBER_PATH = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.([A-Za-z_$][\w$]*)$/;
const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * A name or `.`-separated member path as a value name: `index` → bare, `views.index` →
 * `{ name: 'index', receiver: 'views' }`; null for any other text (calls, indexing, spaces).
 */
export function valueNameOfPath(text: string): ValueName | null {
  if (NAME.test(text)) return { name: text, receiver: null };
  const match = MEMBER_PATH.exec(text);
  return match === null ? null : { name: match[2] as string, receiver: match[1] as string };
}

/**
 * Drops bare-name references that cannot denote a project function in a language whose bare
 * names reach other files only through imports (TypeScript, JavaScript, Python): a bare name is
 * kept when the file imports or declares a function of that name, or has a wildcard import.
 * Member references are kept. At most `cap` references, in source order (any list of
 * {@link ValueName}s: extractors may filter before they compute positions).
 */
export function resolvableReferences<T extends ValueName = ReferenceFact>(
  references: readonly T[],
  facts: Pick<FileFacts, 'imports' | 'functions'>,
  cap: number,
): T[] {
  const names = new Set<string>();
  let wildcard = false;
  for (const fact of facts.imports) {
    if (fact.defaultName !== null) names.add(fact.defaultName);
    for (const imported of fact.names) {
      if (imported.name === '*') wildcard = true;
      names.add(imported.alias ?? imported.name);
    }
  }
  for (const fn of facts.functions) names.add(fn.name);
  const kept: T[] = [];
  for (const reference of references) {
    if (kept.length >= cap) break;
    if (reference.receiver !== null || wildcard || names.has(reference.name)) kept.push(reference);
  }
  return kept;
}
