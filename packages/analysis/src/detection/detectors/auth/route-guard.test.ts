import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { routeGuard } from './route-guard.js';

describe('auth/route-guard', () => {
  it('reads Express middleware and router-level .use()', async () => {
    const source = [
      "import { Router } from 'express';",
      'const router = Router();',
      "router.get('/user', auth.required, show);", // 3 guarded
      "router.put('/user', auth.required, update);", // 4 guarded
      "router.delete('/articles/:slug', remove);", // 5 unguarded write
      "router.get('/articles', auth.optional, list);", // optional: neutral
      "router.get('/articles/:slug', show);", // 7 unguarded read (reads are guarded at 3)
      "router.post('/users/login', login);", // public path: neutral
      "router.post('/users', register);", // sign-up: neutral
      "router.get('/health', health);", // public path: neutral
      "router.post('/articles', passport.authenticate('jwt'), create);", // 11 guarded
      "router.get('/articles/feed', auth.required, feed);", // 12 guarded
    ].join('\n');
    expect(await observe(routeGuard, 'src/routes/articles.ts', source)).toEqual([
      'guarded@3',
      'guarded@4',
      'unguarded@5',
      'unguarded@7',
      'guarded@11',
      'guarded@12',
    ]);
  });

  it('leaves unguarded routes neutral unless most routes of their kind in the file are guarded', async () => {
    const reads = [
      "import { Router } from 'express';",
      "router.get('/products', list);", // reads public by design
      "router.get('/products/:id', show);",
      "router.post('/products', requireAdmin, create);", // 4 guarded
      "router.put('/products/:id', requireAdmin, update);", // 5 guarded
    ].join('\n');
    expect(await observe(routeGuard, 'src/routes/products.ts', reads)).toEqual([
      'guarded@4',
      'guarded@5',
    ]);
    const none = ["import { Router } from 'express';", "router.delete('/tags/:id', remove);"].join(
      '\n',
    );
    expect(await observe(routeGuard, 'src/routes/tags.ts', none)).toEqual([]);
    const even = [
      "import { Router } from 'express';",
      "router.get('/me', requireAuth, me);", // 2 guarded
      "router.get('/users/:id', show);", // one guarded read, one open: no convention
    ].join('\n');
    expect(await observe(routeGuard, 'src/routes/users.ts', even)).toEqual(['guarded@2']);
  });

  it('applies .use() guards to later routes of the same router and prefix', async () => {
    const source = [
      "import { Hono } from 'hono';",
      'const app = new Hono();',
      "app.get('/items', (c) => c.json([]));", // 3 unguarded (before the guard)
      "app.use('/admin/*', basicAuth({ username, password }));",
      "app.get('/admin/users', (c) => c.json([]));", // 5 guarded
      "app.get('/items/:id', (c) => c.json({}));", // 6 unguarded (outside the prefix)
      "api.get('/admin/other', (c) => c.json({}));", // 7 another router: unguarded
      "app.get('/admin/stats', (c) => c.json({}));", // 8 guarded
      "app.get('/admin/logs', (c) => c.json({}));", // 9 guarded
      "app.get('/admin', (c) => c.json({}));", // 10 guarded
    ].join('\n');
    expect(await observe(routeGuard, 'src/app.ts', source)).toEqual([
      'unguarded@3',
      'guarded@5',
      'unguarded@6',
      'unguarded@7',
      'guarded@8',
      'guarded@9',
      'guarded@10',
    ]);
  });

  it('reads Nest guards on methods and controllers', async () => {
    const source = [
      "@Controller('orders')",
      'export class OrdersController {',
      '  @UseGuards(JwtAuthGuard)',
      "  @Get(':id')",
      '  find() {}',
      '  @Post()', // 6 unguarded write (the admin controller below guards two)
      '  create() {}',
      '  @UseGuards(ThrottlerGuard)',
      '  @Get()', // 9 unguarded read: a throttler is no auth guard
      '  list() {}',
      '  @Public()',
      "  @Get('open')",
      '  open() {}',
      '}',
      "@Controller('admin')",
      "@UseGuards(AuthGuard('jwt'), RolesGuard)",
      'export class AdminController {',
      '  @Delete(":id")', // 18 guarded by the controller
      '  remove() {}',
      "  @Patch(':id')", // 20 guarded by the controller
      '  update() {}',
      "  @Get('reports')", // 22 guarded by the controller
      '  reports() {}',
      '}',
    ].join('\n');
    expect(await observe(routeGuard, 'src/orders.controller.ts', source)).toEqual([
      'guarded@4',
      'unguarded@6',
      'unguarded@9',
      'guarded@18',
      'guarded@20',
      'guarded@22',
    ]);
  });

  it('reads Flask decorators, blueprint hooks and FastAPI dependencies', async () => {
    const flask = [
      '@bp.route("/profile")',
      '@login_required',
      'def profile(): ...', // 1 guarded
      '@bp.route("/settings", methods=["GET"])',
      'def settings(): ...', // 4 unguarded read
      '@bp.route("/login", methods=["GET", "POST"])',
      'def login(): ...', // public
      'admin = Blueprint("admin", __name__)',
      '@admin.before_request',
      '@login_required',
      'def guard(): ...',
      '@admin.get("/stats")',
      'def stats(): ...', // 12 guarded by the blueprint hook
    ].join('\n');
    expect(await observe(routeGuard, 'app/views.py', flask)).toEqual([
      'guarded@1',
      'unguarded@4',
      'guarded@12',
    ]);
    const fastapi = [
      'router = APIRouter(prefix="/items")',
      'admin = APIRouter(dependencies=[Depends(get_current_active_superuser)])',
      '@router.get("/")',
      'def read_items(session: SessionDep, current_user: CurrentUser): ...', // 3 guarded
      '@router.get("/{id}")',
      'def read_item(id: int, user: User = Depends(get_current_user)): ...', // 5 guarded
      '@router.get("/{id}/public-preview")',
      'def preview(id: int, session: SessionDep): ...', // 7 unguarded
      '@admin.delete("/users/{id}")',
      'def delete_user(id: int): ...', // 9 guarded by the router
      '@router.post("/", dependencies=[Depends(verify_token)])',
      'def create(): ...', // 11 guarded
      '@router.get("/login/access-token")',
      'def token(): ...', // public
    ].join('\n');
    expect(await observe(routeGuard, 'app/api/items.py', fastapi)).toEqual([
      'guarded@3',
      'guarded@5',
      'unguarded@7',
      'guarded@9',
      'guarded@11',
    ]);
  });

  it('reads DRF permission classes', async () => {
    const source = [
      'class OrderViewSet(viewsets.ModelViewSet):',
      '    permission_classes = [IsAuthenticated]', // 1 guarded (reported at the name)
      'class InvoiceView(APIView):',
      '    def get(self, request): ...', // 3 unguarded
      'class SignupView(generics.CreateAPIView):',
      '    permission_classes = [AllowAny]', // public
      'class PlainView(View):',
      '    def get(self, request): ...', // not DRF
      'class RefundViewSet(viewsets.ModelViewSet):',
      '    permission_classes = (permissions.IsAdminUser,)', // 9 guarded
    ].join('\n');
    expect(await observe(routeGuard, 'app/views.py', source)).toEqual([
      'guarded@1',
      'unguarded@3',
      'guarded@9',
    ]);
  });

  it('reads Spring method security and ASP.NET attributes', async () => {
    const java = [
      '@RestController',
      '@RequestMapping("/api/orders")',
      'class OrderController {',
      '  @PreAuthorize("hasRole(\'ADMIN\')")',
      '  @DeleteMapping("/{id}")', // 5 guarded
      '  void remove() {}',
      '  @PostMapping', // 7 unguarded
      '  Order create() { return null; }',
      '  @PermitAll',
      '  @PostMapping("/quote")', // public marker
      '  Quote quote() { return null; }',
      '  @Secured("ROLE_ADMIN")',
      '  @PutMapping("/{id}")', // 13 guarded
      '  Order update() { return null; }',
      '}',
    ].join('\n');
    expect(await observe(routeGuard, 'src/main/java/OrderController.java', java)).toEqual([
      'guarded@5',
      'unguarded@7',
      'guarded@13',
    ]);
    const csharp = [
      '[ApiController]',
      '[Route("api/[controller]")]',
      '[Authorize]',
      'public class OrdersController : ControllerBase {',
      '  [HttpGet("{id}")]', // 5 guarded by the controller
      '  public IActionResult Get(int id) { return Ok(); }',
      '  [AllowAnonymous]',
      '  [HttpGet("catalog")]', // neutral
      '  public IActionResult Catalog() { return Ok(); }',
      '}',
      'public static class Endpoints {',
      '  public static void Map(WebApplication app) {',
      '    var group = app.MapGroup("/todos").RequireAuthorization();',
      '    group.MapGet("/", GetAll);', // 14 guarded by the group
      '    app.MapGet("/todos/export", Export);', // 15 unguarded read
      '  }',
      '}',
    ].join('\n');
    expect(await observe(routeGuard, 'src/Web/Orders.cs', csharp)).toEqual([
      'guarded@5',
      'guarded@14',
      'unguarded@15',
    ]);
  });

  it('reads Gin groups, .Use() and route middleware', async () => {
    const source = [
      'package api',
      'func Routes(r *gin.Engine) {',
      '\tr.GET("/ping", ping)', // public
      '\tadmin := r.Group("/admin", AuthRequired())',
      '\tadmin.DELETE("/users/:id", deleteUser)', // 5 guarded by the group
      '\tapi := r.Group("/api")',
      '\tapi.POST("/orders", JWTMiddleware(), createOrder)', // 7 guarded
      '\tapi.PUT("/orders/:id", updateOrder)', // 8 unguarded
      '\tv2 := r.Group("/v2")',
      '\tv2.Use(middleware.RequireAuth())',
      '\tv2.PATCH("/orders/:id", patchOrder)', // 11 guarded
      '}',
      'func Other(r *gin.Engine) {',
      '\tv2.DELETE("/orders/:id", deleteOrder)', // 14 another function: unguarded
      '}',
    ].join('\n');
    expect(await observe(routeGuard, 'api/routes.go', source)).toEqual([
      'guarded@5',
      'guarded@7',
      'unguarded@8',
      'guarded@11',
      'unguarded@14',
    ]);
  });

  it('describes the evidence', () => {
    expect(
      routeGuard.describe({ variant: 'unguarded', snippet: '', context: { route: 'DELETE /x' } }),
    ).toBe('`DELETE /x` has no authentication or authorization guard');
  });
});
