import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector, type TreeSitterContext, type TreeSitterVisitor } from '../../detector.js';
import { isStatusConstantName, isStatusNumber } from '../../shared/api-http.js';
import { goArguments } from '../../shared/api-routes-go.js';
import { phpArguments } from '../../shared/api-routes-php.js';
import {
  argumentsOf,
  PYTHON_ROUTE_QUERY,
  pythonRouteOf,
  PythonRouters,
} from '../../shared/api-routes-python.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';

type TS = typeof import('typescript');
type Variant = 'numeric-literal' | 'named-constant';

/** Go packages whose `Status…` constants are HTTP statuses: `http.StatusOK`, `fiber.StatusOK`. */
const GO_STATUS_PACKAGES = new Set(['http', 'fasthttp', 'fiber']);

/**
 * How a status expression is written: a number from 100 to 599, or a constant named after a
 * status (`HttpStatus.NOT_FOUND`, `StatusCodes.CREATED`, `status.HTTP_201_CREATED`,
 * `http.StatusOK`, `HttpServletResponse.SC_NOT_FOUND`, `Response::HTTP_OK`, `HTTPStatus.OK`,
 * `HttpStatusCode.NotFound`, an imported `NOT_FOUND`); null for anything else: variables,
 * `err.status`, calls, and domain enums that merely mention a status (`OrderStatus.FAILED`).
 */
export function statusVariant(text: string): Variant | null {
  const trimmed = text.trim();
  if (isStatusNumber(trimmed)) return 'numeric-literal';
  const match = /^(?:([A-Za-z_][\w.\\]*)(?:\.|::))?([A-Za-z_]\w*)$/.exec(trimmed);
  if (match === null) return null;
  const owner = match[1] ?? '';
  const member = match[2] ?? '';
  if (GO_STATUS_PACKAGES.has(owner) && /^Status[A-Z]\w*$/.test(member)) return 'named-constant';
  const screaming = member.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return isStatusConstantName(member) ||
    (/^[A-Z][a-z]/.test(member) && isStatusConstantName(screaming))
    ? 'named-constant'
    : null;
}

/** Receivers of response objects: Express `res`, Fastify `reply`, Koa `ctx`, Hono `c`. */
const RESPONSE_RECEIVER = /^(?:res|response|resp|reply|ctx|context|c)$|\.(?:res|response)$/;
/** Methods whose first argument is the status. */
const STATUS_FIRST = new Set(['status', 'sendStatus', 'code', 'writeHead', 'throw']);
/** Hono methods whose second argument is the status: `c.json(body, 404)`. */
const STATUS_SECOND = new Set(['json', 'text', 'body', 'html', 'newResponse']);
/** Error factories whose first argument is the status: `createError(404)`. */
const ERROR_FACTORIES = new Set(['createError', 'createHttpError', 'httpError', 'HttpError']);

function reportTs(
  context: {
    report: (variant: string, node: ts.Node, context?: { status: string }) => void;
    text: (node: ts.Node) => string;
  },
  site: ts.Node,
  status: ts.Node | undefined,
): void {
  if (status === undefined) return;
  const text = context.text(status);
  const variant = statusVariant(text);
  if (variant !== null) context.report(variant, site, { status: text });
}

/** The status argument of a call in TypeScript, or undefined. */
function tsStatusArgument(
  typescript: TS,
  call: ts.CallExpression | ts.NewExpression,
  text: (node: ts.Node) => string,
): ts.Node | undefined {
  const callee = call.expression;
  const args: readonly ts.Expression[] = call.arguments ?? [];
  if (typescript.isNewExpression(call)) {
    const name = typescript.isIdentifier(callee) ? callee.text : '';
    if (name === 'HttpException') return args[1];
    if (name === 'Response') return statusProperty(typescript, args[1]);
    return ERROR_FACTORIES.has(name) ? args[0] : undefined;
  }
  if (typescript.isIdentifier(callee))
    return ERROR_FACTORIES.has(callee.text) ? args[0] : undefined;
  if (!typescript.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const receiver = text(callee.expression);
  if (method === 'json' && /^(?:Response|NextResponse)$/.test(receiver))
    return statusProperty(typescript, args[1]);
  if (!RESPONSE_RECEIVER.test(receiver.replace(/^this\./, ''))) return undefined;
  if (STATUS_FIRST.has(method)) return args[0];
  if (method === 'redirect' && args.length === 2) return args[0];
  return STATUS_SECOND.has(method) ? args[1] : undefined;
}

/** The `status` property of a `{ status: 404 }` init object. */
function statusProperty(typescript: TS, node: ts.Node | undefined): ts.Node | undefined {
  if (node === undefined || !typescript.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (
      typescript.isPropertyAssignment(property) &&
      typescript.isIdentifier(property.name) &&
      property.name.text === 'status'
    )
      return property.initializer;
  }
  return undefined;
}

/** A match's capture by name. */

function reportNode(context: TreeSitterContext, site: Node, status: Node | null | undefined): void {
  if (status === null || status === undefined) return;
  const variant = statusVariant(status.text);
  if (variant !== null) context.report(variant, site, { status: status.text });
}

/** Python: `status_code=`/`status=` keywords, `abort(404)`, tuple returns of route handlers. */
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
      const keyword = capturedNode(match, 'status-keyword');
      if (keyword !== undefined) {
        const name = keyword.childForFieldName('name')?.text;
        const callee = capturedNode(match, 'status-callee')?.text ?? '';
        const last = callee.slice(callee.lastIndexOf('.') + 1);
        if (
          name === 'status' &&
          !/(?:Response|Exception|Error)$|^(?:abort|make_response)$/.test(last)
        )
          return;
        reportNode(context, keyword, keyword.childForFieldName('value'));
        return;
      }
      const call = capturedNode(match, 'status-call');
      if (call !== undefined) {
        reportNode(context, call, argumentsOf(call.childForFieldName('arguments')).positional[0]);
        return;
      }
      const values = capturedNode(match, 'status-return');
      if (values !== undefined && values.startIndex < handlerEnd && values.namedChildCount <= 3) {
        reportNode(context, values, values.namedChild(1));
        return;
      }
      const assignment = capturedNode(match, 'status-assignment');
      if (assignment !== undefined)
        reportNode(context, assignment, assignment.childForFieldName('right'));
    },
  };
}

const PYTHON_QUERY = `${PYTHON_ROUTE_QUERY}
(call function: (_) @status-callee arguments: (argument_list (keyword_argument name: (identifier) @status-name (#match? @status-name "^status(_code)?$")) @status-keyword))
(call function: [(identifier) (attribute attribute: (identifier))] @status-abort (#match? @status-abort "(^|\\\\.)(abort|HTTPException)$") arguments: (argument_list . [(integer) (attribute)])) @status-call
(return_statement [(expression_list) (tuple)] @status-return)
(assignment left: (attribute attribute: (identifier) @status-attribute (#eq? @status-attribute "status_code"))) @status-assignment`;

/** Go methods whose status argument comes first (`c.JSON(200, …)`, `w.WriteHeader(404)`). */
const GO_QUERY = `(call_expression function: (selector_expression operand: (_) @status-receiver field: (field_identifier) @status-method (#match? @status-method "^(JSON|IndentedJSON|SecureJSON|PureJSON|AsciiJSON|JSONP|JSONPretty|JSONBlob|XML|XMLBlob|YAML|TOML|ProtoBuf|String|HTML|Data|Blob|Stream|Redirect|Status|SendStatus|AbortWithStatus|AbortWithStatusJSON|AbortWithError|NoContent|WriteHeader|Error)$"))) @status-call`;

function goVisitor(context: TreeSitterContext): TreeSitterVisitor {
  return {
    match(match) {
      const call = capturedNode(match, 'status-call');
      if (call === undefined) return;
      const method = capturedNode(match, 'status-method')?.text;
      const receiver = capturedNode(match, 'status-receiver')?.text;
      const args = goArguments(call);
      if (receiver === 'http') {
        if (method === 'Error') reportNode(context, call, args[2]);
        else if (method === 'Redirect') reportNode(context, call, args[3]);
        return;
      }
      if (method !== 'Error') reportNode(context, call, args[0]);
    },
  };
}

/** Java: `ResponseEntity.status(…)`, `response.setStatus(…)`, `new ResponseEntity<>(…, status)`, `@ResponseStatus(…)`. */
const JAVA_QUERY = `(method_invocation object: (_) @status-object name: (identifier) @status-method (#match? @status-method "^(status|setStatus|sendError)$") arguments: (argument_list . (_) @status-first)) @status-call
(object_creation_expression type: (_) @status-type (#match? @status-type "^(ResponseEntity|ResponseStatusException)") arguments: (argument_list) @status-arguments) @status-new
(annotation name: (identifier) @status-annotation-name (#eq? @status-annotation-name "ResponseStatus") arguments: (annotation_argument_list) @status-annotation-arguments) @status-annotation`;

/** Whether a Java/Kotlin call is a Spring or Servlet status setter. */
function isJvmStatusCall(object: string, method: string): boolean {
  if (method === 'status') return /(?:^|\.)ResponseEntity$/.test(object);
  return /response$/i.test(object);
}

function javaVisitor(context: TreeSitterContext): TreeSitterVisitor {
  return {
    match(match) {
      const call = capturedNode(match, 'status-call');
      if (call !== undefined) {
        const object = capturedNode(match, 'status-object')?.text ?? '';
        if (isJvmStatusCall(object, capturedNode(match, 'status-method')?.text ?? ''))
          reportNode(context, call, capturedNode(match, 'status-first'));
        return;
      }
      const created = capturedNode(match, 'status-new');
      if (created !== undefined) {
        const list = capturedNode(match, 'status-arguments');
        const type = capturedNode(match, 'status-type')?.text ?? '';
        const count = list?.namedChildCount ?? 0;
        const status = type.startsWith('ResponseEntity')
          ? list?.namedChild(count - 1)
          : list?.namedChild(0);
        if (type.startsWith('ResponseEntity') && count < 2) return;
        reportNode(context, created, status);
        return;
      }
      const annotation = capturedNode(match, 'status-annotation');
      const list = capturedNode(match, 'status-annotation-arguments');
      if (annotation === undefined || list === undefined) return;
      const first = list.namedChild(0);
      const value = first?.type === 'element_value_pair' ? first.childForFieldName('value') : first;
      reportNode(context, annotation, value);
    },
  };
}

/** Kotlin: the same Spring and Servlet calls, constructor calls and `@ResponseStatus`. */
const KOTLIN_QUERY = `(call_expression (navigation_expression (_) @status-object (identifier) @status-method (#match? @status-method "^(status|setStatus|sendError)$")) (value_arguments . (value_argument (_) @status-first))) @status-call
(call_expression (identifier) @status-type (#match? @status-type "^(ResponseEntity|ResponseStatusException)$") (value_arguments) @status-arguments) @status-new
(annotation (constructor_invocation (user_type (identifier) @status-annotation-name (#eq? @status-annotation-name "ResponseStatus")) (value_arguments . (value_argument (_) @status-first)))) @status-annotation`;

function kotlinVisitor(context: TreeSitterContext): TreeSitterVisitor {
  return {
    match(match) {
      const call = capturedNode(match, 'status-call');
      if (call !== undefined) {
        const object = capturedNode(match, 'status-object')?.text ?? '';
        if (isJvmStatusCall(object, capturedNode(match, 'status-method')?.text ?? ''))
          reportNode(context, call, capturedNode(match, 'status-first'));
        return;
      }
      const annotation = capturedNode(match, 'status-annotation');
      if (annotation !== undefined) {
        reportNode(context, annotation, capturedNode(match, 'status-first'));
        return;
      }
      const created = capturedNode(match, 'status-new');
      const list = capturedNode(match, 'status-arguments');
      if (created === undefined || list === undefined) return;
      const count = list.namedChildCount;
      const entity = capturedNode(match, 'status-type')?.text === 'ResponseEntity';
      if (entity && count < 2) return;
      const argument = list.namedChild(entity ? count - 1 : 0);
      reportNode(context, created, argument?.firstNamedChild);
    },
  };
}

/** PHP: `abort(404)`, `response($body, 404)`, `->json($data, 404)`, `->withStatus(404)`, `new JsonResponse($data, 404)`. */
const PHP_QUERY = `(function_call_expression function: (name) @status-function (#match? @status-function "^(abort|response)$")) @status-call
(member_call_expression name: (name) @status-method (#match? @status-method "^(json|withStatus|setStatusCode)$")) @status-call
(object_creation_expression (name) @status-class (#match? @status-class "^(JsonResponse|Response)$")) @status-new`;

function phpVisitor(context: TreeSitterContext): TreeSitterVisitor {
  return {
    match(match) {
      const call = capturedNode(match, 'status-call') ?? capturedNode(match, 'status-new');
      if (call === undefined) return;
      const args = phpArguments(call);
      const fn = capturedNode(match, 'status-function')?.text;
      const method = capturedNode(match, 'status-method')?.text;
      if (fn === 'abort' || method === 'withStatus' || method === 'setStatusCode')
        reportNode(context, call, args[0]);
      else reportNode(context, call, args[1]);
    },
  };
}

/**
 * How response status codes are written: numeric literals (`res.status(404)`,
 * `c.JSON(200, …)`, `status_code=201`) or named constants (`StatusCodes.NOT_FOUND`,
 * `HttpStatus.CREATED`, `http.StatusOK`, `status.HTTP_201_CREATED`, `Response::HTTP_OK`).
 *
 * Observed where a status is set on a response or error: Express/Koa/Fastify/Hono
 * (`res.status`, `res.sendStatus`, `reply.code`, `ctx.throw`, `c.json(body, status)`,
 * `new Response(body, { status })`, Nest `new HttpException(msg, status)`, `createError`);
 * Python (`status_code=` anywhere, `status=` on responses and exceptions, `abort(…)`,
 * `HTTPException(…)`, `x.status_code = …`, `return body, 404` in a route handler); Go
 * (Gin/Echo/Fiber `c.JSON`, `c.String`, `c.AbortWithStatus`, `w.WriteHeader`, `http.Error`);
 * Spring (`ResponseEntity.status`, `new ResponseEntity<>(body, status)`, `@ResponseStatus`,
 * `response.setStatus`, `ResponseStatusException`); PHP (`abort`, `response()->json`,
 * `->withStatus`, `new JsonResponse`). Neutral: variables and expressions (`err.status`,
 * `statusCode`), numbers outside 100–599. Severity info: a readability convention (the
 * constant names the status; the number is what the wire carries).
 */
export const statusCodeStyle = defineDetector({
  id: 'api/status-code-style',
  category: 'api',
  name: 'Status code style',
  description:
    'Response status codes are written one way: as numbers (`404`) or as named constants (`HttpStatus.NOT_FOUND`, `http.StatusNotFound`).',
  severity: 'info',
  mode: 'learned',
  noun: 'response status codes',
  variants: {
    'numeric-literal': 'write status codes as numbers',
    'named-constant': 'write status codes as named constants',
  },
  describe(observation) {
    const status = String(observation.context?.status ?? '');
    return observation.variant === 'numeric-literal'
      ? `writes the status as the number \`${status}\``
      : `writes the status as the constant \`${status}\``;
  },
  typescript: {
    kinds: ['CallExpression', 'NewExpression', 'BinaryExpression', 'Decorator'],
    create(context) {
      const typescript = context.ts;
      return {
        visit(node) {
          if (typescript.isCallExpression(node) || typescript.isNewExpression(node)) {
            reportTs(context, node, tsStatusArgument(typescript, node, context.text));
            return;
          }
          if (typescript.isDecorator(node)) {
            const call = node.expression;
            if (
              typescript.isCallExpression(call) &&
              typescript.isIdentifier(call.expression) &&
              call.expression.text === 'HttpCode'
            )
              reportTs(context, node, call.arguments[0]);
            return;
          }
          const binary = node as ts.BinaryExpression;
          if (binary.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return;
          const target = context.text(binary.left);
          if (
            /^(?:ctx(?:\.response)?\.status|(?:res|response)\.statusCode|c\.status)$/.test(target)
          )
            reportTs(context, node, binary.right);
        },
      };
    },
  },
  treeSitter: {
    python: { query: PYTHON_QUERY, create: pythonVisitor },
    go: { query: GO_QUERY, create: goVisitor },
    java: { query: JAVA_QUERY, create: javaVisitor },
    kotlin: { query: KOTLIN_QUERY, create: kotlinVisitor },
    php: { query: PHP_QUERY, create: phpVisitor },
  },
});
