import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { sqlInjection } from './sql-injection.js';
import { classifySql } from './sql-template.js';

describe('security/sql-injection', () => {
  it('tells parameterized from interpolated SQL in TypeScript', async () => {
    const source = [
      'export async function load(db: Pool, id: string, ids: number[], table: string) {',
      "  await db.query('SELECT * FROM users WHERE id = $1', [id]);", // 2 parameterized
      '  await db.query(`SELECT * FROM users WHERE id = ${id}`);', // 3 interpolated
      `  await db.query("SELECT * FROM users WHERE name = '" + id + "'");`, // 4 interpolated
      '  const sql = `SELECT * FROM "tables" WHERE "table_schema" = $1`;',
      '  await this.query(sql, [id]);', // 6 parameterized, through a variable
      "  let q = 'SELECT * FROM users WHERE 1 = 1';",
      "  q += ` AND name = '${id}'`;",
      '  await pool.execute(q);', // 9 interpolated, appended
      '  await prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}`;', // 10 tagged: bound
      '  await prisma.$queryRawUnsafe(`SELECT * FROM users WHERE id = ${id}`);', // 11 interpolated
      '  await db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);', // 12 parameterized
      "  db.prepare('SELECT * FROM users WHERE id = ?').get(id);", // 13 parameterized
      "  await knex.raw('SELECT * FROM users WHERE id = ?', [id]);", // 14 parameterized
      '  await db.query(`SELECT * FROM users WHERE id IN (${ids.join(",")})`);', // 15 interpolated
      '}',
    ].join('\n');
    expect(await observe(sqlInjection, 'src/users.ts', source)).toEqual([
      'parameterized@2',
      'interpolated@3',
      'interpolated@4',
      'parameterized@6',
      'interpolated@9',
      'parameterized@10',
      'interpolated@11',
      'parameterized@12',
      'parameterized@13',
      'parameterized@14',
      'interpolated@15',
    ]);
  });

  it('leaves static SQL, identifiers, safe holes and non-SQL alone in TypeScript', async () => {
    const source = [
      'export async function load(db, id, ids, table) {',
      "  await db.query('SELECT 1 FROM users');", // static
      '  await db.query(`SELECT * FROM ${this.escapePath(table)}`);', // escaped identifier
      '  await db.query(`DROP TABLE ${table}`);', // identifier only
      "  await db.query(`SELECT * FROM t WHERE id IN (${ids.map(() => '?').join(',')})`, ids);", // 5 bound list
      '  await db.query(`SELECT * FROM t LIMIT ${Number(id)}`);', // numeric cast
      '  await db.query(`SELECT * FROM t WHERE kind = ${KIND_USER}`);', // constant
      '  await db.query(`SAVEPOINT typeorm_${this.depth}`);', // not a statement with a clause
      "  router.get('/users/:id', handler);",
      '  await db.query(`SELECT * FROM t WHERE id = $${ids.length + 1}`, ids);',
      '}',
      'function other() { return this.query(sql); }', // unknown variable
    ].join('\n');
    expect(await observe(sqlInjection, 'src/users.js', source)).toEqual([
      'parameterized@5',
      'parameterized@10',
    ]);
  });

  it('reads Python DB-API, f-strings, format and % formatting', async () => {
    const source = [
      'def load(cursor, session, x):',
      '    cursor.execute("SELECT * FROM t WHERE id = %s", (x,))', // 2 parameterized
      '    cursor.execute(f"SELECT * FROM t WHERE id = {x}")', // 3 interpolated
      '    cursor.execute("SELECT * FROM t WHERE id = {}".format(x))', // 4 interpolated
      '    cursor.execute("SELECT * FROM t WHERE id = %s" % x)', // 5 interpolated
      '    cursor.execute("SELECT * FROM t WHERE id = " + x)', // 6 interpolated
      '    session.execute(text("SELECT * FROM t WHERE id = :id"), {"id": x})', // 7 parameterized
      '    sql = "SELECT * FROM t WHERE name = %(name)s"',
      '    cursor.execute(sql, {"name": x})', // 9 parameterized
      '    cursor.execute("SELECT * FROM t LIMIT %d" % x)', // %d: neutral
      '    cursor.execute(f"SELECT * FROM {TABLE}")', // constant: neutral
      '    cursor.execute("SELECT nextval(\'order_seq\')")', // static: neutral
      '    pipe.execute()', // no SQL: neutral
    ].join('\n');
    expect(await observe(sqlInjection, 'app/db.py', source)).toEqual([
      'parameterized@2',
      'interpolated@3',
      'interpolated@4',
      'interpolated@5',
      'interpolated@6',
      'parameterized@7',
      'parameterized@9',
    ]);
  });

  it('reads Go database/sql, sqlx and fmt.Sprintf', async () => {
    const source = [
      'package store',
      'func Load(ctx context.Context, id string) {',
      '\trows, err := db.Query("SELECT * FROM t WHERE id = $1", id)', // 3 parameterized
      '\tq := fmt.Sprintf("SELECT * FROM t WHERE id = \'%s\'", id)',
      '\tdb.QueryRowContext(ctx, q)', // 5 interpolated
      '\tdb.Exec("DELETE FROM t WHERE id = " + id)', // 6 interpolated
      '\tdb.Get(&user, `SELECT * FROM users WHERE email = ?`, email)', // 7 parameterized
      '\tdb.Query(fmt.Sprintf("SELECT * FROM t LIMIT %d", n))', // %d: neutral
      '\tdb.Query(fmt.Sprintf("SELECT * FROM %s", table))', // identifier: neutral
      '}',
    ].join('\n');
    expect(await observe(sqlInjection, 'internal/store/store.go', source)).toEqual([
      'parameterized@3',
      'interpolated@5',
      'interpolated@6',
      'parameterized@7',
    ]);
  });

  it('reads Java JDBC, JdbcTemplate and JPA', async () => {
    const source = [
      'class UserDao {',
      '  private static final String FIND = "SELECT * FROM users WHERE id = ?";',
      '  User find(String id) {',
      '    jdbcTemplate.queryForObject(FIND, mapper, id);', // 4 parameterized
      '    String sql = "SELECT * FROM users WHERE name = \'" + id + "\'";',
      '    statement.executeQuery(sql);', // 6 interpolated
      '    em.createQuery(String.format("SELECT u FROM User u WHERE u.id = %s", id));', // 7 interpolated
      '    em.createQuery("SELECT u FROM User u WHERE u.id = :id").setParameter("id", id);', // 8 parameterized
      '    connection.prepareStatement("SELECT 1 FROM users");', // static: neutral
      '    list.update(x);', // no SQL: neutral
      '  }',
      '}',
    ].join('\n');
    expect(await observe(sqlInjection, 'src/main/java/UserDao.java', source)).toEqual([
      'parameterized@4',
      'interpolated@6',
      'interpolated@7',
      'parameterized@8',
    ]);
  });

  it('reads C# Dapper, ADO.NET and EF Core raw SQL', async () => {
    const source = [
      'class UserStore {',
      '  void Find(int id, string name) {',
      '    conn.Query<User>("SELECT * FROM u WHERE id = @Id", new { Id = id });', // 3 parameterized
      '    context.Database.ExecuteSqlRaw($"DELETE FROM t WHERE name = {name}");', // 4 interpolated
      '    context.Users.FromSql($"SELECT * FROM users WHERE name = {name}");', // 5 bound by EF
      '    var sql = "SELECT * FROM t WHERE name = \'" + name + "\'";',
      '    var command = new SqlCommand(sql, conn);', // 7 interpolated
      '    command.CommandText = "UPDATE t SET a = @a WHERE id = @id";', // 8 parameterized
      '    conn.Execute(string.Format("DELETE FROM t WHERE id = {0}", id));', // 9 interpolated
      '    conn.Execute("SELECT 1 FROM t");', // static: neutral
      '  }',
      '}',
    ].join('\n');
    expect(await observe(sqlInjection, 'src/UserStore.cs', source)).toEqual([
      'parameterized@3',
      'interpolated@4',
      'parameterized@5',
      'interpolated@7',
      'parameterized@8',
      'interpolated@9',
    ]);
  });

  it('reads PHP PDO, mysqli and Laravel DB', async () => {
    const source = [
      '<?php',
      '$rows = DB::select("SELECT * FROM t WHERE id = ?", [$id]);', // 2 parameterized
      '$pdo->query("SELECT * FROM t WHERE id = $id");', // 3 interpolated
      '$pdo->query("SELECT * FROM t WHERE id = " . $id);', // 4 interpolated
      '$stmt = $pdo->prepare("SELECT * FROM t WHERE email = :email");', // 5 parameterized
      '$sql = sprintf("SELECT * FROM t WHERE name = \'%s\'", $name);',
      'mysqli_query($conn, $sql);', // 7 interpolated
      '$pdo->query("SELECT * FROM t WHERE id = {$user->id}");', // 8 interpolated
      "$pdo->query('SELECT 1 FROM t');", // static: neutral
      "$builder->select('name');", // not SQL: neutral
    ].join('\n');
    expect(await observe(sqlInjection, 'src/Repository.php', source)).toEqual([
      'parameterized@2',
      'interpolated@3',
      'interpolated@4',
      'parameterized@5',
      'interpolated@7',
      'interpolated@8',
    ]);
  });

  it('classifies holes by their position in the statement', () => {
    const at = (before: string, after = '') =>
      classifySql([{ text: before }, { hole: 'v' }, { text: after }])?.variant ?? null;
    expect(at('SELECT * FROM t WHERE a = ')).toBe('interpolated');
    expect(at("SELECT * FROM t WHERE a = '", "'")).toBe('interpolated');
    expect(at('SELECT * FROM t WHERE a LIKE ')).toBe('interpolated');
    expect(at('INSERT INTO t (a, b) VALUES (1, ', ')')).toBe('interpolated');
    expect(at('SELECT * FROM ', ' WHERE id = ?')).toBe('parameterized');
    expect(at('SELECT ', ' FROM t')).toBeNull();
    expect(at('SELECT * FROM t WHERE a::text = ', '')).toBe('interpolated');
    expect(classifySql([{ text: "SELECT * FROM t WHERE a = '12:30'" }])).toBeNull();
  });

  it('describes the evidence', () => {
    expect(
      sqlInjection.describe({
        variant: 'interpolated',
        snippet: '',
        context: { sql: 'SELECT * FROM t WHERE id = …', hole: 'id' },
      }),
    ).toBe('splices `id` into `SELECT * FROM t WHERE id = …`');
  });
});
