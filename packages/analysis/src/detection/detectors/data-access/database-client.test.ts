import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { databaseClient } from './database-client.js';

describe('data-access/database-client', () => {
  it('names the library of each TypeScript import, once per file', async () => {
    const source = [
      "import { PrismaClient } from '@prisma/client';", // 1
      "import type { User } from '@prisma/client';",
      "import { Pool } from 'pg';", // 3
      "import { Prisma } from '@prisma/client';", // same library again: not repeated
      "import { Injectable } from '@nestjs/common';",
    ].join('\n');
    expect(await observe(databaseClient, 'src/users/users.repository.ts', source)).toEqual([
      'prisma@1',
      'pg@3',
    ]);
  });

  it('ignores type-only imports', async () => {
    const source =
      "import type { Repository } from 'typeorm';\nexport type R = Repository<unknown>;";
    expect(await observe(databaseClient, 'src/types.ts', source)).toEqual([]);
  });

  it('reads Python, with SQLModel as SQLAlchemy and TYPE_CHECKING imports left out', async () => {
    const source = [
      'from typing import TYPE_CHECKING',
      'from sqlmodel import Session, select', // 2
      'from django.db import models', // 3
      'if TYPE_CHECKING:',
      '    import psycopg',
    ].join('\n');
    expect(await observe(databaseClient, 'app/models.py', source)).toEqual([
      'sqlalchemy@2',
      'django-orm@3',
    ]);
  });

  it('counts Go database/sql only when the file uses a database, not its types', async () => {
    const model = [
      'package models',
      'import (',
      '\t"database/sql"',
      '\t"gorm.io/gorm"', // 4
      '\t_ "github.com/lib/pq"', // a driver for its side effect: neutral
      ')',
      'type User struct { gorm.Model; Bio sql.NullString }',
    ].join('\n');
    expect(await observe(databaseClient, 'internal/models/user.go', model)).toEqual(['gorm@4']);
    const store = [
      'package store',
      'import "database/sql"', // 2
      'func Open(dsn string) (*sql.DB, error) { return sql.Open("postgres", dsn) }',
    ].join('\n');
    expect(await observe(databaseClient, 'internal/store/db.go', store)).toEqual([
      'database/sql@2',
    ]);
  });

  it('reads Java, C# and PHP, leaving value types, exceptions and the library itself out', async () => {
    const java = [
      'package com.acme.owner;',
      'import jakarta.persistence.Entity;', // 2
      'import java.sql.Timestamp;', // a value type: neutral
      'import org.springframework.data.domain.Page;', // paging type: neutral
      'import org.springframework.jdbc.core.JdbcTemplate;', // 5
      'class Owner {}',
    ].join('\n');
    expect(await observe(databaseClient, 'src/main/java/com/acme/owner/Owner.java', java)).toEqual([
      'jpa@2',
      'jdbc@5',
    ]);
    const csharp = ['using Microsoft.EntityFrameworkCore;', 'using Dapper;', 'class Db {}'].join(
      '\n',
    );
    expect(await observe(databaseClient, 'src/Infrastructure/Db.cs', csharp)).toEqual([
      'ef-core@1',
      'dapper@2',
    ]);
    const php = [
      '<?php',
      'namespace App\\Http\\Controllers;',
      'use Illuminate\\Support\\Facades\\DB;', // 3
      'use Illuminate\\Database\\QueryException;', // an exception: neutral
      'use PDO;', // PDO constants for options: neutral without `new PDO`
      'class ReportController { public function run() { $pdo = new PDO($dsn); } }', // 6
    ].join('\n');
    expect(await observe(databaseClient, 'app/Http/Controllers/ReportController.php', php)).toEqual(
      ['eloquent@3', 'pdo@6'],
    );
    const own = [
      '<?php',
      'namespace Illuminate\\Database\\Query;',
      'use Illuminate\\Database\\Connection;', // the library itself: neutral
    ].join('\n');
    expect(await observe(databaseClient, 'src/Illuminate/Database/Query/Builder.php', own)).toEqual(
      [],
    );
  });

  it('describes the library', () => {
    expect(databaseClient.describe({ variant: 'pg', snippet: '', context: { module: 'pg' } })).toBe(
      'uses node-postgres (`pg`)',
    );
  });
});
