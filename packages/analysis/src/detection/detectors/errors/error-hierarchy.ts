import type { DetectionFile } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import { errorClasses, lastSegment, type ErrorClass } from '../../shared/errors-classes.js';
import { isForeignCode } from '../../shared/errors-foreign-code.js';

/**
 * Names of root error classes: `BaseError`, `AbstractException`, `AppError`, `DomainException`,
 * `HttpError`, `Error` itself (Ruby's and Python's `module::Error` convention).
 */
const ROOT_NAME =
  /^(?:Base|Abstract)[A-Z]|Base(?:Error|Exception)$|^(?:App|Application|Api|API|Domain|Service|Custom|Core|Common|Generic|Root|Project|Internal|Business|Http|HTTP|Web|Client|Server)?(?:Error|Exception)$/;

/** Code that only makes sense in a class meant to be extended: it names the concrete subclass. */
const SUBCLASS_AWARE =
  /new\.target|this\.constructor\.name|type\(self\)\.__name__|self\.__class__\.__name__|getClass\(\)\.getSimpleName|GetType\(\)\.Name|static::class|get_class\(\$this\)|self\.class\.name/;

/** Error classes longer than this are not read for {@link SUBCLASS_AWARE} code. */
const MAX_READ_LINES = 80;

function normalized(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/** The source text of a class, or '' when it is too long to be worth reading. */
function classText(file: DetectionFile, error: ErrorClass): string {
  const { startLine, endLine } = error.fact.range;
  if (endLine - startLine > MAX_READ_LINES) return '';
  const lines: string[] = [];
  for (let line = startLine; line <= endLine; line += 1) lines.push(file.lineText(line));
  return lines.join('\n');
}

/**
 * True when an error class that extends a built-in directly is the codebase's root error class
 * rather than a leaf that skipped it: it is abstract, another class of its file extends it, its
 * name says so (`AppError`, `BaseException`, `Error`), its name is the project's or package's
 * (`ExcalidrawError` under `excalidraw/`), or its code names the concrete subclass
 * (`new.target`, `this.constructor.name`).
 */
function isRootClass(file: DetectionFile, error: ErrorClass, all: readonly ErrorClass[]): boolean {
  const { fact } = error;
  if (fact.isAbstract || ROOT_NAME.test(fact.name)) return true;
  if (all.some((other) => other.baseName === fact.name && other.fact !== fact)) return true;
  const stem = normalized(fact.name.replace(/(?:Error|Exception)$/, ''));
  if (
    stem !== '' &&
    file.path
      .split('/')
      .slice(0, -1)
      .some((dir) => normalized(dir) === stem)
  )
    return true;
  return SUBCLASS_AWARE.test(classText(file, error));
}

/**
 * Custom error classes extend the codebase's own base error (`class NotFoundError extends
 * AppError`) or a catch-all built-in directly (`extends Error`, `Exception`, `RuntimeException`,
 * `StandardError`). A shared base lets handlers catch the codebase's errors as one family and
 * carry common fields (status, code).
 *
 * Facts are per file, so the root classes (which extend a built-in by design) are told by
 * {@link isRootClass} and are neutral. Also neutral: classes extending a specific built-in
 * (`ValueError`, `IllegalArgumentException`: a chosen meaning) or a library's error class
 * (`HttpException` of `@nestjs/common`, Starlette's `HTTPException`: the framework's family),
 * and bases whose origin cannot be told (C# `using`, wildcard imports). Severity info.
 */
export const errorHierarchy = defineDetector({
  id: 'errors/error-hierarchy',
  category: 'errors',
  name: 'Error class hierarchy',
  description:
    'Custom error classes extend the codebase’s own base error, so that handlers can catch them as one family and rely on its shared fields.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp', 'php', 'ruby'],
  noun: 'custom error classes',
  lapses: ['built-in-base'],
  variants: {
    'project-base': 'extend the codebase’s own base error',
    'built-in-base': 'extend a built-in error class directly',
  },
  describe(observation) {
    const name = String(observation.context?.name ?? '');
    const base = String(observation.context?.base ?? '');
    return observation.variant === 'built-in-base'
      ? `\`${name}\` extends the built-in \`${base}\` directly`
      : `\`${name}\` extends the codebase’s \`${base}\``;
  },
  facts(file, report) {
    if (isForeignCode(file)) return;
    const all = errorClasses(file);
    for (const error of all) {
      let variant: string;
      if (error.baseKind === 'project') variant = 'project-base';
      else if (error.baseKind === 'catch-all' && !isRootClass(file, error, all))
        variant = 'built-in-base';
      else continue;
      const { startLine, startColumn } = error.fact.range;
      report({
        variant,
        line: startLine,
        column: startColumn,
        snippet: file.lineText(startLine).slice(startColumn - 1),
        context: { name: error.fact.name, base: lastSegment(error.base) },
      });
    }
  },
});
