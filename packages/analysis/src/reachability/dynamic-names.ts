import type { FileFacts } from '@drift/core';

/** A string literal in decorator arguments: `'…'`, `"…"` or `` `…` `` without interpolation. */
const STRING_LITERAL = /(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
/** The identifier-like words of a string (`views.index` → `views`, `index`; `UserController@show`). */
const WORD = /[A-Za-z_$][\w$]*/g;

function addWords(names: Set<string>, text: string): void {
  for (const match of text.matchAll(WORD)) names.add(match[0]);
}

/**
 * The names a project may call functions by at run time, read from its facts: the words of the
 * string literals written in decorator and annotation arguments (`@EventPattern('order_created')`,
 * `@receiver(post_save, dispatch_uid="audit")`; `@Scheduled(fixedRate = 1000)` gives none) and
 * of the route strings the parsers keep (old-style Django `url(r'^$', 'app.views.home')`). A
 * dead-code candidate whose name is among them may be called by name
 * (`findDeadCode`'s `dynamicName` factor). Reflection calls with a literal name
 * (`getattr(x, "name")`) are not facts yet, so they are not read. O(facts).
 */
export function dynamicNamesOf(files: Iterable<FileFacts>): Set<string> {
  const names = new Set<string>();
  const fromDecorators = (decorators: readonly { readonly arguments: string | null }[]): void => {
    for (const decorator of decorators) {
      if (decorator.arguments === null) continue;
      for (const literal of decorator.arguments.matchAll(STRING_LITERAL)) {
        addWords(names, literal[2] ?? '');
      }
    }
  };
  for (const facts of files) {
    for (const fn of facts.functions) fromDecorators(fn.decorators);
    for (const cls of facts.classes) fromDecorators(cls.decorators);
    for (const string of facts.strings) if (string.kind === 'route') addWords(names, string.value);
  }
  return names;
}
