import type { ClassFact, DecoratorFact, FunctionFact, SourceRange } from '@drift/core';
import type { DetectionFile } from '../detector.js';
import { type MethodStyle, stringLiteralValue } from './api-http.js';

/** A route declared by an annotation or attribute on a controller method (Spring, ASP.NET). */
export interface AnnotatedRoute {
  readonly method: FunctionFact;
  readonly controller: ClassFact;
  readonly annotation: DecoratorFact;
  readonly style: MethodStyle | null;
  readonly methods: readonly string[];
  /** The path written on the method (`''` when none), or null when it is not a literal. */
  readonly path: string | null;
  /** The line and column of the annotation. */
  readonly line: number;
  readonly column: number;
}

const SPRING_SHORTCUT = /^(Get|Post|Put|Patch|Delete)Mapping$/;
const SPRING_CONTROLLER = new Set(['RestController', 'Controller']);
const ASPNET_VERB = /^Http(Get|Post|Put|Patch|Delete|Head|Options)$/;
const ASPNET_BASES = new Set(['Controller', 'ControllerBase', 'ApiController']);

/**
 * The path an annotation's arguments state: `"/x"`, `value = "/x"`, `path = {"/x"}`,
 * Kotlin `["/x"]`; `''` when none is written; null when it is not a literal.
 */
export function annotationPath(args: string | null): string | null {
  if (args === null || args.trim() === '') return '';
  const named = /(?:^|,)\s*(?:value|path|template|Template)\s*=\s*[{[]?\s*("(?:[^"\\]|\\.)*")/.exec(
    args,
  );
  if (named !== null) return stringLiteralValue(named[1] ?? '');
  const positional = /^\s*[{[]?\s*("(?:[^"\\]|\\.)*")/.exec(args);
  if (positional !== null) return stringLiteralValue(positional[1] ?? '');
  return /^\s*\w+\s*=/.test(args) ? '' : null;
}

/** `method = RequestMethod.GET` / `[RequestMethod.GET, RequestMethod.POST]` as methods. */
function requestMethods(args: string | null): string[] {
  const clause = /method\s*=\s*([{[]?[^}\]=]*[}\]]?)/.exec(args ?? '')?.[1] ?? '';
  return [...clause.matchAll(/RequestMethod\.([A-Z]+)/g)].map((match) => match[1] ?? '');
}

/**
 * The line and column where `marker` (`@GetMapping`, `[HttpGet`) is written. Java and Kotlin
 * method ranges start at their annotations; C# ranges start after the attributes, so those are
 * searched upwards until the previous member ends.
 */
function annotationPosition(
  file: DetectionFile,
  range: SourceRange,
  marker: RegExp,
): { line: number; column: number } {
  const start = range.startLine;
  if (file.language === 'csharp') {
    for (let line = start - 1; line >= Math.max(1, start - 15); line -= 1) {
      const text = file.lineText(line);
      const index = text.search(marker);
      if (index >= 0) return { line, column: index + 1 };
      if (/[;{}]\s*$/.test(text)) break;
    }
  } else {
    for (let line = start; line <= range.endLine; line += 1) {
      const index = file.lineText(line).search(marker);
      if (index >= 0) return { line, column: index + 1 };
    }
  }
  return { line: start, column: range.startColumn };
}

function markerOf(file: DetectionFile, name: string): RegExp {
  return file.language === 'csharp' ? new RegExp(`\\b${name}\\b`) : new RegExp(`@${name}\\b`);
}

/** The controller classes of a file, by qualified name. */
function controllers(
  file: DetectionFile,
  isController: (c: ClassFact) => boolean,
): Map<string, ClassFact> {
  const found = new Map<string, ClassFact>();
  for (const cls of file.facts.classes) if (isController(cls)) found.set(cls.qualifiedName, cls);
  return found;
}

function ownerOf(
  method: FunctionFact,
  classes: ReadonlyMap<string, ClassFact>,
): ClassFact | undefined {
  const dot = method.qualifiedName.lastIndexOf('.');
  return dot < 0 ? undefined : classes.get(method.qualifiedName.slice(0, dot));
}

/** Spring MVC routes: `@GetMapping`… and method-level `@RequestMapping` in `@(Rest)Controller` classes. */
export function springRoutes(file: DetectionFile): AnnotatedRoute[] {
  const classes = controllers(
    file,
    (cls) => cls.kind !== 'interface' && cls.decorators.some((d) => SPRING_CONTROLLER.has(d.name)),
  );
  if (classes.size === 0) return [];
  const routes: AnnotatedRoute[] = [];
  for (const method of file.facts.functions) {
    const controller = ownerOf(method, classes);
    if (controller === undefined) continue;
    for (const annotation of method.decorators) {
      const shortcut = SPRING_SHORTCUT.exec(annotation.name);
      if (shortcut === null && annotation.name !== 'RequestMapping') continue;
      const methods =
        shortcut === null
          ? requestMethods(annotation.arguments)
          : [(shortcut[1] ?? '').toUpperCase()];
      routes.push({
        method,
        controller,
        annotation,
        style: shortcut === null ? 'generic-with-method' : 'method-shortcut',
        methods,
        path: annotationPath(annotation.arguments),
        ...annotationPosition(file, method.range, markerOf(file, annotation.name)),
      });
      break;
    }
  }
  return routes;
}

/** ASP.NET Core controller actions with `[HttpGet]`… or `[AcceptVerbs]` attributes. */
export function aspNetRoutes(file: DetectionFile): AnnotatedRoute[] {
  const classes = controllers(
    file,
    (cls) =>
      cls.decorators.some((d) => d.name === 'ApiController') ||
      cls.extends.some((base) => ASPNET_BASES.has(base)),
  );
  if (classes.size === 0) return [];
  const routes: AnnotatedRoute[] = [];
  for (const method of file.facts.functions) {
    const controller = ownerOf(method, classes);
    if (controller === undefined) continue;
    for (const annotation of method.decorators) {
      const verb = ASPNET_VERB.exec(annotation.name);
      if (verb === null && annotation.name !== 'AcceptVerbs') continue;
      routes.push({
        method,
        controller,
        annotation,
        style: verb === null ? 'generic-with-method' : 'method-shortcut',
        methods: verb === null ? [] : [(verb[1] ?? '').toUpperCase()],
        path: verb === null ? null : annotationPath(annotation.arguments),
        ...annotationPosition(file, method.range, markerOf(file, annotation.name)),
      });
      break;
    }
  }
  return routes;
}

/** The path a controller class declares (`@RequestMapping("/owners")`, `[Route("api/users")]`). */
export function controllerPath(
  file: DetectionFile,
  controller: ClassFact,
): { path: string; line: number; column: number } | null {
  const name = file.language === 'csharp' ? 'Route' : 'RequestMapping';
  const annotation = controller.decorators.find((d) => d.name === name);
  const path = annotation === undefined ? null : annotationPath(annotation.arguments);
  if (path === null || path === '') return null;
  return { path, ...annotationPosition(file, controller.range, markerOf(file, name)) };
}
