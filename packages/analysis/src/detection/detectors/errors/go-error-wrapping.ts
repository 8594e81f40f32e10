import type { FileFacts } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { defineDetector } from '../../detector.js';
import { IDLE_TREE_SITTER_VISITOR, isForeignCode } from '../../shared/errors-foreign-code.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';

/** Packages whose `Wrap`/`Wrapf`/`WithMessage` keep the cause (`github.com/pkg/errors` and its successors). */
const WRAPPING_PACKAGES = new Set([
  'github.com/pkg/errors',
  'github.com/cockroachdb/errors',
  'emperror.dev/errors',
  'gitlab.com/tozd/go/errors',
]);
const WRAP_FUNCTIONS = new Set(['Wrap', 'Wrapf', 'WithMessage', 'WithMessagef']);
const ERRORF_PACKAGES = new Set(['fmt', 'golang.org/x/xerrors']);

/** A formatting verb: flags, an optional explicit argument index, width, precision, the verb. */
const VERB = /%([-+# 0]*)(\[\d+\])?(\d+|\*)?(?:\.(\d*|\*))?([a-zA-Z%])/g;

/** An identifier that holds an error: `err`, `readErr`, `ErrNotFound`. */
const ERROR_IDENTIFIER = /^(?:err|[a-z]\w*Err|Err[A-Z]\w*)$/;
/** A field that holds an error: `pathErr.Err`, `os.ErrNotExist`. */
const ERROR_FIELD = /^Err(?:[A-Z]\w*)?$/;

/** The local name → import path of the file's imports (`errors` → `github.com/pkg/errors`). */
function packageBindings(facts: FileFacts): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const entry of facts.imports) {
    const name = entry.defaultName ?? entry.module.slice(entry.module.lastIndexOf('/') + 1);
    bindings.set(name, entry.module);
  }
  return bindings;
}

/** True when an argument is an error value: `err`, `readErr`, `ErrX`, `x.Err`, `err.Error()`. */
function isErrorValue(argument: Node): boolean {
  switch (argument.type) {
    case 'identifier':
      return ERROR_IDENTIFIER.test(argument.text);
    case 'selector_expression':
      return ERROR_FIELD.test(argument.childForFieldName('field')?.text ?? '');
    case 'call_expression': {
      const callee = argument.childForFieldName('function');
      return (
        callee?.type === 'selector_expression' &&
        callee.childForFieldName('field')?.text === 'Error' &&
        argument.childForFieldName('arguments')?.namedChildCount === 0
      );
    }
    default:
      return false;
  }
}

/** The text of a Go string literal without its quotes, or null when the node is no literal. */
function literalText(node: Node): string | null {
  if (node.type !== 'interpreted_string_literal' && node.type !== 'raw_string_literal') return null;
  return node.text.slice(1, -1);
}

/**
 * How an `Errorf` call treats the errors it formats: `wrapped` (`%w`), `flattened` (an error
 * value formatted with `%v`, `%s` or `%q`), or null when it formats no error or its verbs
 * cannot be matched to arguments (explicit indexes, `*` widths).
 */
function classifyErrorf(argumentList: Node): { variant: string; verb: string } | null {
  const format = argumentList.namedChild(0);
  const text = format === null ? null : literalText(format);
  if (text === null) return null;
  const verbs: string[] = [];
  for (const match of text.matchAll(VERB)) {
    const verb = match[5] ?? '';
    if (verb === '%') continue;
    if (verb === 'w') return { variant: 'wrapped', verb: '%w' };
    if (match[2] !== undefined || match[3] === '*' || match[4] === '*') return null;
    verbs.push(`%${match[1] ?? ''}${verb}`);
  }
  for (let index = 0; index < verbs.length; index += 1) {
    const argument = argumentList.namedChild(index + 1);
    const verb = verbs[index] ?? '';
    if (argument !== null && isErrorValue(argument) && /[vsq]$/.test(verb))
      return { variant: 'flattened', verb };
  }
  return null;
}

interface Candidate {
  readonly variant: string;
  readonly node: Node;
  readonly context: { call: string; verb: string };
}

/**
 * Errors returned with context keep their cause: `fmt.Errorf("…: %w", err)` or
 * `errors.Wrap(err, "…")` (`github.com/pkg/errors` and its successors) — `wrapped` — versus
 * `fmt.Errorf("…: %v", err)`, which formats the cause into text (`flattened`) so that
 * `errors.Is`/`errors.As` no longer find it (Go 1.13 error wrapping; `errorlint`'s
 * `errorf` check). An argument is an error when it is named like one (`err`, `readErr`,
 * `ErrNotFound`, `x.Err`) or is `err.Error()`. Neutral: `Errorf` formatting no error,
 * formats whose verbs cannot be matched to arguments, and functions that call `recover()`
 * (there `err` is the recovered value, not an error). Severity warning: a flattened error
 * breaks the callers' error checks.
 */
export const goErrorWrapping = defineDetector({
  id: 'errors/go-error-wrapping',
  category: 'errors',
  name: 'Go error wrapping',
  description:
    'Errors returned with added context wrap their cause (`%w`, `errors.Wrap`) so that callers can still match it with errors.Is and errors.As.',
  severity: 'warning',
  mode: 'learned',
  noun: 'errors returned with context',
  lapses: ['flattened'],
  variants: {
    wrapped: 'wrap the cause (`%w`, `errors.Wrap`)',
    flattened: 'format the cause into the message (`%v`)',
  },
  describe(observation) {
    const call = String(observation.context?.call ?? 'fmt.Errorf');
    const verb = String(observation.context?.verb ?? '');
    return observation.variant === 'flattened'
      ? `formats the error with \`${verb}\` in \`${call}\`, which drops its type for errors.Is/As`
      : `wraps the error with \`${verb === '' ? call : verb}\``;
  },
  treeSitter: {
    go: {
      query: [
        '(call_expression function: (selector_expression operand: (identifier) field: (field_identifier) @name (#match? @name "^(Errorf|Wrap|Wrapf|WithMessage|WithMessagef)$")) arguments: (argument_list)) @call',
        '(call_expression function: (identifier) @recover (#eq? @recover "recover")) @recovery',
        '[(function_declaration) (method_declaration) (func_literal)] @function',
      ].join('\n'),
      create(context) {
        if (isForeignCode(context.file)) return IDLE_TREE_SITTER_VISITOR;
        const bindings = packageBindings(context.file.facts);
        const candidates: Candidate[] = [];
        const functions: Node[] = [];
        const recoveries: number[] = [];
        const innermostFunction = (index: number): Node | undefined => {
          let found: Node | undefined;
          for (const fn of functions) {
            if (fn.startIndex <= index && index < fn.endIndex) found = fn;
          }
          return found;
        };
        return {
          match(match) {
            const captured = (name: string): Node | undefined => capturedNode(match, name);
            const fn = captured('function');
            if (fn !== undefined) {
              functions.push(fn);
              return;
            }
            const recovery = captured('recovery');
            if (recovery !== undefined) {
              recoveries.push(recovery.startIndex);
              return;
            }
            const call = captured('call');
            if (call === undefined) return;
            const selector = call.childForFieldName('function');
            const name = selector?.childForFieldName('field')?.text ?? '';
            const module = bindings.get(selector?.childForFieldName('operand')?.text ?? '');
            const argumentList = call.childForFieldName('arguments');
            if (module === undefined || argumentList === null) return;
            const callText = selector?.text ?? name;
            if (WRAP_FUNCTIONS.has(name) && WRAPPING_PACKAGES.has(module)) {
              candidates.push({
                variant: 'wrapped',
                node: call,
                context: { call: callText, verb: '' },
              });
            } else if (name === 'Errorf' && ERRORF_PACKAGES.has(module)) {
              const found = classifyErrorf(argumentList);
              if (found !== null)
                candidates.push({
                  variant: found.variant,
                  node: call,
                  context: { call: callText, verb: found.verb },
                });
            }
          },
          end() {
            for (const candidate of candidates) {
              const fn = innermostFunction(candidate.node.startIndex);
              const recovers =
                fn !== undefined &&
                recoveries.some((index) => fn.startIndex <= index && index < fn.endIndex);
              if (!recovers) context.report(candidate.variant, candidate.node, candidate.context);
            }
          },
        };
      },
    },
  },
});
