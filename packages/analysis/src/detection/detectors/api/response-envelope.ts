import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector, type TreeSitterContext, type TreeSitterVisitor } from '../../detector.js';
import { statusCodeOf } from '../../shared/api-http.js';
import {
  argumentsOf,
  PYTHON_ROUTE_QUERY,
  pythonRouteOf,
  PythonRouters,
  pythonString,
} from '../../shared/api-routes-python.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';

type TS = typeof import('typescript');

/**
 * Keys that shape an envelope: the payload wrapper `data` and the success flags `success`,
 * `ok` and JSend's `status: 'success'` (only with a string value: `status: order.status` is a
 * payload field). `result(s)` is left out: `{ result }` is as often a payload field.
 */
const ENVELOPE_KEYS = ['data', 'ok', 'status', 'success'] as const;
const ENVELOPE = new Set<string>(ENVELOPE_KEYS);
/** Keys of an error body: such responses follow the error format, not the payload envelope. */
const ERROR_KEYS = new Set(['error', 'errors']);
/** Keys of an acknowledgement without payload (`{ message: 'Deleted' }`, `{ ok: true }`). */
const ACK_KEYS = new Set(['message', 'msg', 'detail', 'status', 'success', 'ok', 'code']);

/** The keys of one object literal, whether a flag is `false`, whether `status` is a string. */
interface ObjectShape {
  readonly keys: readonly string[];
  readonly failed: boolean;
  readonly statusFlag: boolean;
}

/**
 * The envelope variant of a success response body, or null when the body says nothing about
 * the envelope: an error body (`error`/`errors` keys, `success: false`, a status ≥ 400), an
 * acknowledgement without payload (only `message`, `status`, `ok` …), an empty object.
 */
export function envelopeVariant(shape: ObjectShape, status: number | null): string | null {
  if (shape.keys.length === 0 || shape.failed || (status !== null && status >= 400)) return null;
  if (shape.keys.some((key) => ERROR_KEYS.has(key))) return null;
  if (shape.keys.every((key) => ACK_KEYS.has(key))) return null;
  const envelope = shape.keys
    .filter((key) => ENVELOPE.has(key) && (key !== 'status' || shape.statusFlag))
    .sort();
  return envelope.length === 0 ? 'bare' : envelope.join('+');
}

/** Every non-empty subset of the envelope keys as a variant, with its message phrase. */
function envelopeVariants(): Record<string, string> {
  const variants: Record<string, string> = {
    bare: 'return payload keys at the top level, without an envelope',
  };
  const count = 1 << ENVELOPE_KEYS.length;
  for (let mask = 1; mask < count; mask += 1) {
    const keys = ENVELOPE_KEYS.filter((_, index) => (mask & (1 << index)) !== 0);
    variants[keys.join('+')] = `wrap responses in an envelope of \`${keys.join('`, `')}\``;
  }
  return variants;
}

/** TypeScript: the keys of an object literal, or null with a spread or computed key. */
function tsShape(typescript: TS, object: ts.ObjectLiteralExpression): ObjectShape | null {
  const keys: string[] = [];
  let failed = false;
  let statusFlag = false;
  for (const property of object.properties) {
    if (typescript.isSpreadAssignment(property)) return null;
    const name = property.name;
    if (!typescript.isIdentifier(name) && !typescript.isStringLiteral(name)) return null;
    keys.push(name.text);
    if (!typescript.isPropertyAssignment(property)) continue;
    const value = property.initializer;
    if (
      (name.text === 'success' || name.text === 'ok') &&
      value.kind === typescript.SyntaxKind.FalseKeyword
    )
      failed = true;
    if (name.text === 'status' && typescript.isStringLiteralLike(value)) {
      statusFlag = true;
      failed ||= /^(?:error|fail)/i.test(value.text);
    }
  }
  return { keys, failed, statusFlag };
}

/** Receivers that send responses: Express `res`, Fastify `reply`, Hono `c`. */
const RESPONDER = /^(?:res|response|reply|c|ctx|context)$/;
const SEND_METHODS = new Set(['json', 'send']);
const STATUS_METHODS = new Set(['status', 'code']);

/**
 * For `res.json(body)`, `res.status(404).json(body)`, `c.json(body, 201)`, `reply.send(body)`,
 * `Response.json(body, { status })`: the body argument and the status, or null.
 */
function tsResponse(
  typescript: TS,
  call: ts.CallExpression,
  text: (node: ts.Node) => string,
): { body: ts.ObjectLiteralExpression; status: number | null } | null {
  const callee = call.expression;
  const body = call.arguments[0];
  if (!typescript.isPropertyAccessExpression(callee) || !SEND_METHODS.has(callee.name.text))
    return null;
  if (body === undefined || !typescript.isObjectLiteralExpression(body)) return null;
  let receiver = callee.expression;
  let status: number | null = null;
  if (
    typescript.isCallExpression(receiver) &&
    typescript.isPropertyAccessExpression(receiver.expression)
  ) {
    if (!STATUS_METHODS.has(receiver.expression.name.text)) return null;
    const argument = receiver.arguments[0];
    status = argument === undefined ? null : statusCodeOf(text(argument));
    receiver = receiver.expression.expression;
  }
  const name = text(receiver).replace(/^this\./, '');
  if (/^(?:Response|NextResponse)$/.test(name)) {
    const init = call.arguments[1];
    return { body, status: init === undefined ? null : initStatus(typescript, init, text) };
  }
  if (!RESPONDER.test(name)) return null;
  const second = call.arguments[1];
  if (second !== undefined && status === null) status = statusCodeOf(text(second));
  return { body, status };
}

function initStatus(
  typescript: TS,
  init: ts.Expression,
  text: (node: ts.Node) => string,
): number | null {
  if (!typescript.isObjectLiteralExpression(init)) return null;
  for (const property of init.properties) {
    if (
      typescript.isPropertyAssignment(property) &&
      property.name.kind === typescript.SyntaxKind.Identifier &&
      text(property.name) === 'status'
    )
      return statusCodeOf(text(property.initializer));
  }
  return null;
}

/** Python: the keys of a dict literal, or null with `**spread` or non-string keys. */
function pythonDictShape(dict: Node): ObjectShape | null {
  const entries = new Map<string, Node | null>();
  for (let index = 0; index < dict.namedChildCount; index += 1) {
    const pair = dict.namedChild(index);
    if (pair === null || pair.type === 'comment') continue;
    if (pair.type !== 'pair') return null;
    const key = pythonString(pair.childForFieldName('key'));
    if (key === null) return null;
    entries.set(key, pair.childForFieldName('value'));
  }
  return pythonShape(entries);
}

/** The shape of Python keys and their values. */
function pythonShape(entries: ReadonlyMap<string, Node | null | undefined>): ObjectShape {
  const status = pythonString(entries.get('status'));
  const failed =
    ['success', 'ok'].some((key) => entries.get(key)?.type === 'false') ||
    (status !== null && /^(?:error|fail)/i.test(status));
  return { keys: [...entries.keys()], failed, statusFlag: status !== null };
}

/** `jsonify(data=x, success=True)`: keyword arguments as keys. */
function pythonKeywordShape(list: Node | null): ObjectShape | null {
  const { positional, keywords } = argumentsOf(list);
  if (positional.length > 0 || keywords.size === 0) return null;
  return pythonShape(keywords);
}

/** Python response constructors whose first argument (or `content=`) is the JSON body. */
const PYTHON_RESPONDERS =
  /^(?:jsonify|JsonResponse|JSONResponse|ORJSONResponse|UJSONResponse|Response)$/;

function reportPython(
  context: TreeSitterContext,
  body: Node,
  shape: ObjectShape | null,
  status: Node | null | undefined,
): void {
  if (shape === null) return;
  const code = status === null || status === undefined ? null : statusCodeOf(status.text);
  const variant = envelopeVariant(shape, code);
  if (variant !== null) context.report(variant, body, { keys: shape.keys.join(', ') });
}

function pythonVisitor(context: TreeSitterContext): TreeSitterVisitor {
  let handlerEnd = -1;
  const routers = new PythonRouters();
  return {
    match(match) {
      if (routers.record(match)) return;
      const route = capturedNode(match, 'route');
      if (route !== undefined) {
        if (pythonRouteOf(route, routers) !== null) handlerEnd = route.endIndex;
        return;
      }
      const call = capturedNode(match, 'envelope-call');
      if (call !== undefined) {
        const callee = capturedNode(match, 'envelope-callee')?.text ?? '';
        if (!PYTHON_RESPONDERS.test(callee.slice(callee.lastIndexOf('.') + 1))) return;
        const list = call.childForFieldName('arguments');
        const { positional, keywords } = argumentsOf(list);
        const status = keywords.get('status') ?? keywords.get('status_code') ?? positional[1];
        const body = positional[0] ?? keywords.get('content') ?? keywords.get('data');
        if (body?.type === 'dictionary') reportPython(context, body, pythonDictShape(body), status);
        else if (body === undefined && callee.endsWith('jsonify') && list !== null)
          reportPython(context, list, pythonKeywordShape(list), null);
        return;
      }
      const returned = capturedNode(match, 'envelope-return');
      if (returned === undefined || returned.startIndex > handlerEnd) return;
      if (returned.type === 'dictionary') {
        reportPython(context, returned, pythonDictShape(returned), null);
        return;
      }
      const first = returned.namedChild(0);
      if (first?.type === 'dictionary')
        reportPython(context, first, pythonDictShape(first), returned.namedChild(1));
    },
  };
}

const PYTHON_QUERY = `${PYTHON_ROUTE_QUERY}
(call function: [(identifier) (attribute)] @envelope-callee (#match? @envelope-callee "(jsonify|JsonResponse|JSONResponse|Response)$") arguments: (argument_list)) @envelope-call
(return_statement [(dictionary) (expression_list) (tuple)] @envelope-return)`;

/**
 * The envelope of JSON success responses built from object literals: which of the keys
 * `data`, `success`, `ok` and JSend's `status: 'success'` wrap the payload (variant = those
 * keys, sorted, joined with `+`), or `bare` when the payload keys are at the top level
 * (`{ user }`, `{ articles, articlesCount }`). `result(s)`, `message` and `meta` do not
 * decide the envelope: `{ result }` is as often a payload field, and a message or pagination
 * beside the payload does not change its wrapping.
 *
 * Read from `res.json({…})`, `res.status(201).json({…})`, `res.send({…})`, `reply.send({…})`,
 * Hono `c.json({…}, 201)`, Koa `ctx.body = {…}`, `Response.json({…})`; Python `jsonify({…})`
 * and `jsonify(key=…)`, `JsonResponse({…})`, `JSONResponse(content={…})`, DRF `Response({…})`,
 * and dict literals returned by Flask and FastAPI route handlers.
 *
 * Neutral, because they follow other formats: error bodies (an `error`/`errors` key,
 * `success: false`, `status: 'error'`, or a status ≥ 400 in the same call), acknowledgements without payload
 * (only `message`, `status`, `ok`, `success`, `code`, `detail`), empty objects, objects with
 * spreads or computed keys, and non-literal bodies (`res.json(user)`). `message` and `meta`
 * beside a payload do not change the envelope. Severity info: clients depend on one shape.
 */
export const responseEnvelope = defineDetector({
  id: 'api/response-envelope',
  category: 'api',
  name: 'Response envelope',
  description:
    'JSON success responses share one envelope: payload under `data` (with `success`, `meta` …) or payload keys at the top level.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python'],
  noun: 'JSON responses',
  variants: envelopeVariants(),
  describe(observation) {
    const keys = String(observation.context?.keys ?? '');
    return observation.variant === 'bare'
      ? `responds with a bare object of \`${keys}\``
      : `responds with an envelope of \`${observation.variant.split('+').join('`, `')}\``;
  },
  typescript: {
    kinds: ['CallExpression', 'BinaryExpression'],
    create(context) {
      const typescript = context.ts;
      const report = (body: ts.ObjectLiteralExpression, status: number | null): void => {
        const shape = tsShape(typescript, body);
        const variant = shape === null ? null : envelopeVariant(shape, status);
        if (variant !== null && shape !== null)
          context.report(variant, body, { keys: shape.keys.join(', ') });
      };
      return {
        visit(node) {
          if (typescript.isCallExpression(node)) {
            const response = tsResponse(typescript, node, context.text);
            if (response !== null) report(response.body, response.status);
            return;
          }
          const binary = node as ts.BinaryExpression;
          if (
            binary.operatorToken.kind === typescript.SyntaxKind.EqualsToken &&
            typescript.isObjectLiteralExpression(binary.right) &&
            /^ctx(?:\.response)?\.body$/.test(context.text(binary.left))
          )
            report(binary.right, null);
        },
      };
    },
  },
  treeSitter: { python: { query: PYTHON_QUERY, create: pythonVisitor } },
});
