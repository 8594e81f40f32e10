import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { routeMethodStyle } from './route-method-style.js';

describe('api/route-method-style', () => {
  it('reads Express, Hono and Fastify registrations', async () => {
    const source = [
      "import { Router } from 'express';",
      'const router = Router();',
      "router.get('/users', auth, list);", // 3 shortcut
      "router.post('/users', async (req, res) => { res.json({}); });", // 4 shortcut
      "router.route('/users/:id').get(show).put(update);", // 5 shortcut x2
      "app.route({ method: 'GET', url: '/items', handler: list });", // 6 generic
      "app.on(['GET', 'POST'], '/forms', handle);", // 7 generic
      "app.get('/a', a).post('/b', b);", // 8 shortcut x2
      "router.all('/any', h);", // neutral
      "cache.get('/users', fallback);", // not a router
      "map.get('key');", // not a route
      'router.get(/regex/, h);', // not a literal path
    ].join('\n');
    expect(await observe(routeMethodStyle, 'src/routes.ts', source)).toEqual([
      'method-shortcut@3',
      'method-shortcut@4',
      'method-shortcut@5',
      'method-shortcut@5',
      'generic-with-method@6',
      'generic-with-method@7',
      'method-shortcut@8',
      'method-shortcut@8',
    ]);
  });

  it('needs a server framework or a request handler in TypeScript', async () => {
    const source = [
      "import axios from 'axios';",
      "export const getUser = (id) => api.get('/users/' + id, config);",
      "export const save = (user) => api.post('/users', user);",
      "api.get('/users', (req, res) => res.send(''));", // 4 a handler literal
    ].join('\n');
    expect(await observe(routeMethodStyle, 'src/client.ts', source)).toEqual(['method-shortcut@4']);
  });

  it('reads Nest controllers', async () => {
    const source = [
      "@Controller('users')",
      'export class UsersController {',
      "  @Get(':id')",
      '  find() {}',
      "  @RequestMapping({ path: 'x', method: RequestMethod.POST })",
      '  create() {}',
      '  @All()',
      '  any() {}',
      '}',
      'class NotAController {',
      "  @Get(':id')",
      '  find() {}',
      '}',
    ].join('\n');
    expect(await observe(routeMethodStyle, 'src/users.controller.ts', source)).toEqual([
      'method-shortcut@3',
      'generic-with-method@5',
    ]);
  });

  it('reads Flask and FastAPI decorators', async () => {
    const source = [
      '@app.get("/users")',
      'def users(): ...',
      '@bp.route("/items", methods=["GET", "POST"])',
      'def items(): ...',
      '@app.route("/about")',
      'def about(): ...',
      '@router.api_route("/x", methods=["PUT"])',
      'def x(): ...',
      '@cache.get("/users")',
      'def cached(): ...',
      '@app.command()',
      'def cli(): ...',
      '@app.get(path)',
      'def dynamic(): ...',
    ].join('\n');
    expect(await observe(routeMethodStyle, 'app/views.py', source)).toEqual([
      'method-shortcut@1',
      'generic-with-method@3',
      'generic-with-method@5',
      'generic-with-method@7',
    ]);
  });

  it('reads Spring controllers in Java and Kotlin', async () => {
    const java = [
      '@RestController',
      '@RequestMapping("/owners")',
      'class OwnerController {',
      '  @GetMapping("/{id}")',
      '  Owner find() { return null; }',
      '  @RequestMapping(value = "/new", method = RequestMethod.POST)',
      '  Owner create() { return null; }',
      '}',
      '@FeignClient("users")',
      'interface UsersClient {',
      '  @GetMapping("/users")',
      '  List<User> all();',
      '}',
    ].join('\n');
    expect(await observe(routeMethodStyle, 'src/main/java/OwnerController.java', java)).toEqual([
      'method-shortcut@4',
      'generic-with-method@6',
    ]);
    const kotlin = [
      '@RestController',
      'class OwnerController {',
      '  @PostMapping("/owners")',
      '  fun create(): Owner = repo.save()',
      '}',
    ].join('\n');
    expect(await observe(routeMethodStyle, 'src/main/kotlin/OwnerController.kt', kotlin)).toEqual([
      'method-shortcut@3',
    ]);
  });

  it('reads Laravel and Slim routes', async () => {
    const source = [
      '<?php',
      "Route::get('users/{id}', [UserController::class, 'show']);",
      "Route::middleware('auth')->post('/posts', [PostController::class, 'store']);",
      "Route::match(['GET', 'POST'], '/forms', [FormController::class, 'handle']);",
      "$app->get('/items', ItemAction::class);",
      "$app->map(['PUT'], '/items/{id}', UpdateItem::class);",
      "Route::any('/legacy', LegacyController::class);",
      "$request->get('/not-a-route', 'default');",
      "$cache->get('key');",
    ].join('\n');
    expect(await observe(routeMethodStyle, 'routes/web.php', source)).toEqual([
      'method-shortcut@2',
      'method-shortcut@3',
      'generic-with-method@4',
      'method-shortcut@5',
      'generic-with-method@6',
    ]);
  });

  it('reads Gin, Echo, chi and gorilla/mux routes', async () => {
    const source = [
      'package api',
      'func Routes(r *gin.Engine) {',
      '\tv1 := r.Group("/api")',
      '\tv1.GET("/users/:id", AuthRequired(), getUser)',
      '\tv1.Handle("POST", "/users", createUser)',
      '\tr.HandleFunc("/items", listItems).Methods("GET")',
      '\tmux.HandleFunc("GET /health", health)',
      '\tr.Get("/chi", h)',
      '\tr.Any("/any", h)',
      '\tresp, err := http.Get("https://example.com")',
      '\tv := cache.Get("key")',
      '}',
    ].join('\n');
    expect(await observe(routeMethodStyle, 'api/routes.go', source)).toEqual([
      'method-shortcut@4',
      'generic-with-method@5',
      'generic-with-method@6',
      'generic-with-method@7',
      'method-shortcut@8',
    ]);
  });

  it('describes the form', () => {
    expect(
      routeMethodStyle.describe({
        variant: 'generic-with-method',
        snippet: '',
        context: { form: '@app.route' },
      }),
    ).toBe('declares a route with the generic `@app.route`');
  });
});
