import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { statusCodeStyle, statusVariant } from './status-code-style.js';

describe('api/status-code-style', () => {
  it('classifies status expressions', () => {
    expect(
      [
        '404',
        'StatusCodes.NOT_FOUND',
        'HttpStatus.CREATED',
        'http.StatusOK',
        'status.HTTP_201_CREATED',
        'HTTPStatus.OK',
        'HttpServletResponse.SC_NOT_FOUND',
        'Response::HTTP_OK',
        'HttpStatusCode.NotFound',
        'NOT_FOUND',
        'statusCode',
        'err.status',
        '42',
        '1000',
        'HttpStatus.valueOf(201)',
        'EventDeliveryStatus.FAILED',
        'models.StatusActive',
      ].map(statusVariant),
    ).toEqual([
      'numeric-literal',
      'named-constant',
      'named-constant',
      'named-constant',
      'named-constant',
      'named-constant',
      'named-constant',
      'named-constant',
      'named-constant',
      'named-constant',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads Express, Koa, Hono, Fetch and Nest statuses', async () => {
    const source = [
      'res.status(404).json({ error: "x" });', // 1 numeric
      'res.status(StatusCodes.CREATED).json(user);', // 2 named
      'reply.code(201).send(user);', // 3 numeric
      'ctx.status = 204;', // 4 numeric
      'return c.json({ ok: true }, 201);', // 5 numeric
      'return new Response(null, { status: 204 });', // 6 numeric
      "throw new HttpException('x', HttpStatus.FORBIDDEN);", // 7 named
      'class A { @HttpCode(204) remove() {} }', // 8 numeric
      'res.status(err.status || 500);', // neutral expression
      'res.status(code);', // neutral variable
      'list.code(3);', // not a response
      'setTimeout(run, 500);', // not a status
      'c.json(data);', // no status
    ].join('\n');
    expect(await observe(statusCodeStyle, 'src/app.ts', source)).toEqual([
      'numeric-literal@1',
      'named-constant@2',
      'numeric-literal@3',
      'numeric-literal@4',
      'numeric-literal@5',
      'numeric-literal@6',
      'named-constant@7',
      'numeric-literal@8',
    ]);
  });

  it('reads FastAPI, Flask, DRF and Django statuses', async () => {
    const source = [
      '@router.post("/items", status_code=201)', // 1 numeric
      'def create():',
      '    raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)', // 3 named
      '@app.get("/x")',
      'def x():',
      '    if missing:',
      '        abort(404)', // 7 numeric
      '    return jsonify(data), 201', // 8 numeric
      'def helper():',
      '    return a, 404', // not a route handler
      'class V(APIView):',
      '    def post(self, request):',
      '        return Response(s.errors, status=status.HTTP_400_BAD_REQUEST)', // 13 named
      'Order.objects.filter(status=404)', // not a response
      'response.status_code = HTTPStatus.NO_CONTENT', // 15 named
      'time.sleep(500)',
    ].join('\n');
    expect(await observe(statusCodeStyle, 'app/api.py', source)).toEqual([
      'numeric-literal@1',
      'named-constant@3',
      'numeric-literal@7',
      'numeric-literal@8',
      'named-constant@13',
      'named-constant@15',
    ]);
  });

  it('reads Gin, Echo and net/http statuses', async () => {
    const source = [
      'package api',
      'func Get(c *gin.Context) {',
      '\tc.JSON(http.StatusOK, gin.H{"a": 1})', // 3 named
      '\tc.AbortWithStatus(401)', // 4 numeric
      '\tw.WriteHeader(http.StatusNoContent)', // 5 named
      '\thttp.Error(w, "bad", 400)', // 6 numeric
      '\tc.JSON(code, body)', // neutral
      '\tc.Error(err)', // not a status
      '\ttime.Sleep(500)',
      '}',
    ].join('\n');
    expect(await observe(statusCodeStyle, 'api/get.go', source)).toEqual([
      'named-constant@3',
      'numeric-literal@4',
      'named-constant@5',
      'numeric-literal@6',
    ]);
  });

  it('reads Spring statuses in Java and Kotlin', async () => {
    const java = [
      'class OwnerController {',
      '  @ResponseStatus(HttpStatus.CREATED)', // 2 named
      '  ResponseEntity<Owner> create() {',
      '    response.setStatus(404);', // 4 numeric
      '    if (x) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "x");', // 5 named
      '    list.status(3);', // not a response
      '    return new ResponseEntity<>(owner, HttpStatus.OK);', // 7 named
      '  }',
      '  ResponseEntity<Owner> other() { return ResponseEntity.status(201).body(o); }', // 9 numeric
      '}',
    ].join('\n');
    expect(await observe(statusCodeStyle, 'src/main/java/OwnerController.java', java)).toEqual([
      'named-constant@2',
      'numeric-literal@4',
      'named-constant@5',
      'named-constant@7',
      'numeric-literal@9',
    ]);
    const kotlin = [
      'class OwnerController {',
      '  @ResponseStatus(HttpStatus.CREATED)', // 2 named
      '  fun create(): ResponseEntity<Owner> {',
      '    if (x) throw ResponseStatusException(404, "x")', // 4 numeric
      '    return ResponseEntity(owner, HttpStatus.OK)', // 5 named
      '  }',
      '  fun other() = ResponseEntity.status(201).body(o)', // 7 numeric
      '}',
    ].join('\n');
    expect(await observe(statusCodeStyle, 'src/main/kotlin/OwnerController.kt', kotlin)).toEqual([
      'named-constant@2',
      'numeric-literal@4',
      'named-constant@5',
      'numeric-literal@7',
    ]);
  });

  it('reads Laravel and Slim statuses', async () => {
    const source = [
      '<?php',
      'abort(404);', // 2 numeric
      "return response()->json(['data' => $x], Response::HTTP_CREATED);", // 3 named
      'return $response->withStatus(201);', // 4 numeric
      "return new JsonResponse(['a' => 1], 422);", // 5 numeric
      'return response()->json($x);', // no status
      '$list->json($a, $b);', // neutral arguments
    ].join('\n');
    expect(
      await observe(statusCodeStyle, 'app/Http/Controllers/UserController.php', source),
    ).toEqual(['numeric-literal@2', 'named-constant@3', 'numeric-literal@4', 'numeric-literal@5']);
  });
});
