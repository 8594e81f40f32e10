import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { routePathCasing } from './route-path-casing.js';

describe('api/route-path-casing', () => {
  it('reads the casing of route paths in Express and Nest', async () => {
    const source = [
      "import { Router } from 'express';",
      "router.get('/user-profiles/:userId', show);", // 2 kebab (parameter neutral)
      "router.post('/order_items', create);", // 3 snake
      "router.put('/api/v1/lineItems/:id', update);", // 4 camel
      "router.get('/users/:id', show);", // one word: neutral
      "router.get('/user-profiles/order_items', mixed);", // mixed: neutral
      "router.route('/payment-methods').get(list).post(create);", // 7 once
      "router.get('/.well-known/openid-configuration', oidc);", // standard: neutral
      "const url = '/not-a-route/some-path';", // not a route declaration
      "@Controller('billing-accounts')", // 10 kebab
      'export class BillingController {',
      "  @Get('open-invoices')", // 12 kebab
      '  list() {}',
      "  @Get(':id')",
      '  one() {}',
      '}',
    ].join('\n');
    expect(await observe(routePathCasing, 'src/routes.ts', source)).toEqual([
      'kebab-case@2',
      'snake_case@3',
      'camelCase@4',
      'kebab-case@7',
      'kebab-case@10',
      'kebab-case@12',
    ]);
  });

  it('reads Flask and FastAPI paths', async () => {
    const source = [
      '@app.get("/user_profiles/{user_id}")',
      'def a(): ...',
      '@bp.route("/order-items/<int:item_id>", methods=["POST"])',
      'def b(): ...',
      '@app.get("/items/{item_id}")',
      'def c(): ...',
      'URL = "/some_path/other_path"',
    ].join('\n');
    expect(await observe(routePathCasing, 'app/api.py', source)).toEqual([
      'snake_case@1',
      'kebab-case@3',
    ]);
  });

  it('reads Spring and ASP.NET paths with their controller prefixes', async () => {
    const java = [
      '@RestController',
      '@RequestMapping("/pet-owners")',
      'class OwnerController {',
      '  @GetMapping("/{id}/visit-history")',
      '  List<Visit> visits() { return null; }',
      '  @PostMapping',
      '  Owner create() { return null; }',
      '}',
    ].join('\n');
    expect(await observe(routePathCasing, 'src/main/java/OwnerController.java', java)).toEqual([
      'kebab-case@2',
      'kebab-case@4',
    ]);
    const csharp = [
      '[ApiController]',
      '[Route("api/todoItems")]',
      'public class TodoItemsController : ControllerBase {',
      '  [HttpGet("{id}/subTasks")]',
      '  public IActionResult Get(int id) { return Ok(); }',
      '}',
    ].join('\n');
    expect(await observe(routePathCasing, 'src/TodoItemsController.cs', csharp)).toEqual([
      'camelCase@2',
      'camelCase@4',
    ]);
  });

  it('reads Go and PHP paths', async () => {
    const go = [
      'package api',
      'func Routes(r *gin.Engine) {',
      '\tr.GET("/user-profiles/:id", show)',
      '\tr.POST("/users", create)',
      '\tos.Getenv("SOME_VAR")',
      '}',
    ].join('\n');
    expect(await observe(routePathCasing, 'api/routes.go', go)).toEqual(['kebab-case@3']);
    const php = [
      '<?php',
      "Route::get('user_profiles/{id}', [ProfileController::class, 'show']);",
      "$app->post('/line-items', CreateLineItem::class);",
    ].join('\n');
    expect(await observe(routePathCasing, 'routes/api.php', php)).toEqual([
      'snake_case@2',
      'kebab-case@3',
    ]);
  });
});
