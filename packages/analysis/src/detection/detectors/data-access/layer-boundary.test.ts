import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { isHttpLayerFile } from './http-layer.js';
import { layerBoundary } from './layer-boundary.js';

describe('data-access/layer-boundary', () => {
  it('knows HTTP-layer files by path', () => {
    const yes: [string, Parameters<typeof isHttpLayerFile>[1]][] = [
      ['src/users/users.controller.ts', 'typescript'],
      ['src/routes/articles.ts', 'typescript'],
      ['src/app/api/users/route.ts', 'typescript'],
      ['app/api/routes/items.py', 'python'],
      ['shop/views.py', 'python'],
      ['src/main/java/com/acme/OwnerController.java', 'java'],
      ['app/controllers/users_controller.rb', 'ruby'],
      ['app/Http/Controllers/UserController.php', 'php'],
      ['internal/handlers/user.go', 'go'],
      ['src/Web/Endpoints/TodoItems.cs', 'csharp'],
    ];
    for (const [path, language] of yes)
      expect([path, isHttpLayerFile(path, language)]).toEqual([path, true]);
    const no: [string, Parameters<typeof isHttpLayerFile>[1]][] = [
      ['src/routes/auth/auth.service.ts', 'typescript'],
      ['src/shared/base.controller.ts', 'typescript'],
      ['src/app/routes/discussions.tsx', 'typescript'],
      ['app/api/deps.py', 'python'],
      ['src/views/Home.ts', 'typescript'],
      ['src/main/java/com/acme/GlobalControllerAdvice.java', 'java'],
      ['src/users/users.repository.ts', 'typescript'],
    ];
    for (const [path, language] of no)
      expect([path, isHttpLayerFile(path, language)]).toEqual([path, false]);
  });

  it('tells delegating controllers from querying ones in TypeScript', async () => {
    const nest = [
      "import { Controller, Get } from '@nestjs/common';",
      "import { ArticleService } from './article.service';", // 2
      "@Controller('articles')",
      'export class ArticleController {',
      '  constructor(private readonly articleService: ArticleService) {}',
      '}',
    ].join('\n');
    expect(await observe(layerBoundary, 'src/article/article.controller.ts', nest)).toEqual([
      'delegates@2',
    ]);
    const express = [
      "import { Router } from 'express';",
      "import prisma from '../prisma/prisma-client';", // 2
      'const router = Router();',
      "router.get('/tags', async (req, res) => res.json(await prisma.tag.findMany()));",
    ].join('\n');
    expect(await observe(layerBoundary, 'src/routes/tag.routes.ts', express)).toEqual([
      'queries-database@2',
    ]);
    const typeorm = [
      "import { Controller } from '@nestjs/common';",
      "import { InjectRepository } from '@nestjs/typeorm';", // 2
      "import { UserService } from './user.service';",
      'export class UserController {',
      '  constructor(@InjectRepository(User) private repo: Repository<User>, private users: UserService) {}',
      '}',
    ].join('\n');
    expect(await observe(layerBoundary, 'src/user/user.controller.ts', typeorm)).toEqual([
      'queries-database@2',
    ]);
    const sequelize = [
      "import { User } from '../models/user';",
      'export async function list(req, res) {',
      '  res.json(await User.findAll());', // 3
      '}',
    ].join('\n');
    expect(await observe(layerBoundary, 'src/controllers/users.ts', sequelize)).toEqual([
      'queries-database@3',
    ]);
  });

  it('leaves handlers without data access and non-handlers alone', async () => {
    const health = [
      "import { Router } from 'express';",
      "export const router = Router().get('/health', (_, res) => res.send('ok'));",
    ].join('\n');
    expect(await observe(layerBoundary, 'src/routes/health.ts', health)).toEqual([]);
    const service = [
      "import prisma from '../prisma/prisma-client';",
      'export const all = () => prisma.tag.findMany();',
    ].join('\n');
    expect(await observe(layerBoundary, 'src/routes/tag/tag.service.ts', service)).toEqual([]);
    const types = [
      "import { Prisma } from '@prisma/client';",
      "import { TagService } from './tag.service';",
    ].join('\n');
    expect(await observe(layerBoundary, 'src/tag/tag.controller.ts', types)).toEqual([
      'delegates@2',
    ]);
  });

  it('reads Python views and FastAPI routes', async () => {
    const django = [
      'from django.shortcuts import render',
      'from .models import Product',
      'def index(request):',
      '    return render(request, "index.html", {"products": Product.objects.all()})', // 4
    ].join('\n');
    expect(await observe(layerBoundary, 'shop/views.py', django)).toEqual(['queries-database@4']);
    const fastapi = [
      'from fastapi import APIRouter',
      'from app import crud', // 2
      'router = APIRouter()',
      '@router.get("/")',
      'def read(user_id: int):',
      '    return crud.get_user(user_id)',
    ].join('\n');
    expect(await observe(layerBoundary, 'app/api/routes/users.py', fastapi)).toEqual([
      'delegates@2',
    ]);
    const session = [
      'from fastapi import APIRouter',
      'from app.api.deps import SessionDep',
      '@router.get("/{id}")',
      'def read(session: SessionDep, id: int):', // 4
      '    return session.get(Item, id)',
    ].join('\n');
    expect(await observe(layerBoundary, 'app/api/routes/items.py', session)).toEqual([
      'queries-database@4',
    ]);
  });

  it('reads Java, C#, Go, PHP and Ruby handlers', async () => {
    const spring = [
      'class OwnerController {',
      '  private final OwnerRepository owners;', // 2: a repository is the data layer
      '  OwnerController(OwnerRepository owners) { this.owners = owners; }',
      '}',
    ].join('\n');
    expect(
      await observe(layerBoundary, 'src/main/java/com/acme/OwnerController.java', spring),
    ).toEqual(['delegates@2']);
    const jdbc = [
      'class ReportController {',
      '  private final JdbcTemplate jdbc;', // 2
      '}',
    ].join('\n');
    expect(
      await observe(layerBoundary, 'src/main/java/com/acme/ReportController.java', jdbc),
    ).toEqual(['queries-database@2']);
    const csharp = [
      'public class TodosController : ControllerBase {',
      '  public TodosController(AppDbContext db) { }', // 2
      '}',
    ].join('\n');
    expect(await observe(layerBoundary, 'src/Api/Controllers/TodosController.cs', csharp)).toEqual([
      'queries-database@2',
    ]);
    const go = [
      'package handlers',
      'func (h *Handler) Get(c *gin.Context) {',
      '\th.db.Where("id = ?", c.Param("id")).First(&user)', // 3
      '}',
    ].join('\n');
    expect(await observe(layerBoundary, 'internal/handlers/user.go', go)).toEqual([
      'queries-database@3',
    ]);
    const goService = [
      'package handlers',
      'func (h *Handler) Get(c *gin.Context) {',
      '\tuser, err := h.userService.Find(c.Param("id"))', // 3
      '}',
    ].join('\n');
    expect(await observe(layerBoundary, 'internal/handlers/user.go', goService)).toEqual([
      'delegates@3',
    ]);
    const laravel = [
      '<?php',
      'namespace App\\Http\\Controllers;',
      'use App\\Models\\User;',
      'class UserController extends Controller {',
      '  public function index() { return User::where("active", 1)->get(); }', // 5
      '}',
    ].join('\n');
    expect(
      await observe(layerBoundary, 'app/Http/Controllers/UserController.php', laravel),
    ).toEqual(['queries-database@5']);
    const rails = [
      'class UsersController < ApplicationController',
      '  def show',
      '    @user = User.find(params[:id])', // 3
      '  end',
      'end',
    ].join('\n');
    expect(await observe(layerBoundary, 'app/controllers/users_controller.rb', rails)).toEqual([
      'queries-database@3',
    ]);
    const railsService = [
      'class OrdersController < ApplicationController',
      '  def create',
      '    CreateOrderService.new(params).call', // 3
      '  end',
      'end',
    ].join('\n');
    expect(
      await observe(layerBoundary, 'app/controllers/orders_controller.rb', railsService),
    ).toEqual(['delegates@3']);
  });

  it('describes the evidence', () => {
    expect(
      layerBoundary.describe({
        variant: 'queries-database',
        snippet: '',
        context: { evidence: 'prisma.tag.findMany' },
      }),
    ).toBe('queries the database directly (`prisma.tag.findMany`)');
  });
});
