import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DRIFT_BIN,
  drift,
  json,
  manyFiles,
  startDrift,
  useProjects,
  writeProjectFiles,
} from './run-drift.js';

const project = useProjects();

const ESC = String.fromCharCode(27);

interface Summary {
  status: string;
  filesTotal: number;
  filesAdded: number;
  filesModified: number;
  filesRemoved: number;
  filesUnchanged: number;
  filesSkipped: number;
  durationMs: number;
  languages: Record<string, number>;
  skipped: Record<string, number>;
  errors: { file: string; code: string; reason: string }[];
}

describe('drift basics', () => {
  it('prints help and version, and rejects unknown options with exit 2', async () => {
    const help = await drift(['--help']);
    expect(help.code).toBe(0);
    for (const command of [
      'init',
      'scan',
      'status',
      'config',
      'backup',
      'migrate',
      'clean',
      'doctor',
    ]) {
      expect(help.stdout).toContain(command);
    }
    expect((await drift(['scan', '--help'])).stdout).toContain('--threads <n>');
    expect((await drift(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = await drift(['--frob']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("error: unknown option '--frob'");
  });

  it('init, scan, rescan and status, with JSON that names the ScanSummary keys', async () => {
    const root = project({
      'src/a.ts': 'export const a = 1;\n',
      'app.py': 'x = 1\n',
      'logo.png': 'png',
    });
    const init = await drift(['init', root, '--template', 'strict', '--json']);
    expect(init.code).toBe(0);
    expect(json(init)).toMatchObject({ template: 'strict', wroteConfig: true });
    expect(readFileSync(join(root, 'drift.toml'), 'utf8')).toContain('fail_on = "warning"');

    const first = await drift(['scan', root, '--json']);
    expect(first.code).toBe(0);
    const summary = json(first) as Summary;
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        'filesTotal',
        'filesAdded',
        'filesModified',
        'filesRemoved',
        'filesUnchanged',
        'filesSkipped',
        'durationMs',
        'status',
        'languages',
      ]),
    );
    expect(summary).toMatchObject({
      status: 'complete',
      filesTotal: 4,
      filesAdded: 3,
      filesSkipped: 1,
    });
    expect(summary.languages).toEqual({ python: 1, toml: 1, typescript: 1 });

    const again = json(await drift(['scan', root, '--json'])) as Summary;
    expect(again).toMatchObject({ filesAdded: 0, filesUnchanged: 3 });

    const status = await drift(['status', '--json'], { cwd: join(root, 'src') });
    expect(status.code).toBe(0);
    expect(json(status)).toMatchObject({ projectRoot: root, files: { analysed: 3 } });

    const human = await drift(['status'], { cwd: root });
    expect(human.stdout).toContain('Last scan #2 complete');
  });

  it('scans a folder without .drift/ by initialising it, and prints a human summary', async () => {
    const root = project({ 'main.go': 'package main\n', 'lib.rs': 'fn main() {}\n' });
    const run = await drift(['scan'], { cwd: root });
    expect(run.code).toBe(0);
    expect(existsSync(join(root, '.drift', 'drift.db'))).toBe(true);
    expect(run.stdout).toMatch(/Scanned .* in \d/);
    expect(run.stdout).toContain('added 2 · modified 0 · removed 0 · unchanged 0 · skipped 0');
  });

  it('honours NO_COLOR, and colours only when asked', async () => {
    const root = project({ 'a.ts': 'a' });
    const forced = await drift(['scan', root], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}[`);
    const plain = await drift(['scan', root], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain(ESC);
    const flag = await drift(['--no-color', 'scan', root], { env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain(ESC);
  });

  it('reports errors as one line with a hint and exit 2, and as JSON on stdout with --json', async () => {
    const missing = await drift(['scan', '/definitely/not/here']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([
      'error[SCAN_ERROR]: no such folder: /definitely/not/here',
      'hint: check that the path exists and is a folder',
    ]);
    const root = project({ 'drift.toml': '[analysis]\ndominance_threshold = 1.5\n' });
    const invalid = await drift(['scan', root, '--json']);
    expect(invalid.code).toBe(2);
    expect(json(invalid)).toEqual({
      error: {
        code: 'CONFIG_ERROR',
        message: 'drift.toml: analysis.dominance_threshold must be between 0 and 1, got 1.5',
        hint: 'fix the value, or run `drift config list` to see every key and where it comes from',
      },
    });
    expect(invalid.stderr).not.toContain('    at ');
    const nowhere = await drift(['status'], { cwd: project() });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/^error\[NOT_FOUND\]: no Drift project in/);
  });
});

describe('drift config', () => {
  it('sets, gets and lists keys with their sources', async () => {
    const root = project();
    expect((await drift(['init', root])).code).toBe(0);
    const set = await drift(['config', 'set', 'scan.extra_ignore', 'vendor/,dist/'], { cwd: root });
    expect(set.code).toBe(0);
    const get = json(await drift(['config', 'get', 'scan.extra_ignore', '--json'], { cwd: root }));
    expect(get).toEqual({
      key: 'scan.extra_ignore',
      value: ['vendor/', 'dist/'],
      source: 'drift.toml',
    });
    const env = json(
      await drift(['config', 'get', 'scan.threads', '--json'], {
        cwd: root,
        env: { DRIFT_SCAN_THREADS: '3' },
      }),
    );
    expect(env).toEqual({ key: 'scan.threads', value: 3, source: 'env DRIFT_SCAN_THREADS' });
    const list = json(await drift(['config', 'list', '--json'], { cwd: root })) as Record<
      string,
      { value: unknown; source: string }
    >;
    expect(list['backup.max_daily']).toEqual({ value: 7, source: 'default' });
    expect(readFileSync(join(root, 'drift.toml'), 'utf8')).toContain(
      'Drift configuration for this project',
    );
    const bad = await drift(['config', 'set', 'scan.threads', '-4'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'error[CONFIG_ERROR]: value: scan.threads must be an integer between 0 and 256, got -4',
    );
  });
});

describe('drift backup, migrate, clean', () => {
  it('backs up, lists, restores by name, migrates down and up, and cleans', async () => {
    const root = project({ 'a.ts': 'a' });
    await drift(['scan', root]);
    const backup = json(await drift(['backup', '--json'], { cwd: root })) as { path: string };
    const list = json(await drift(['backup', 'list', '--json'], { cwd: root })) as {
      path: string;
    }[];
    expect(list.map((b) => b.path)).toEqual([backup.path]);
    writeProjectFiles(root, { 'b.ts': 'b' });
    await drift(['scan', root]);
    const name = backup.path.split('/').at(-1) as string;
    const restore = await drift(['backup', 'restore', name], { cwd: root });
    expect(restore.code).toBe(0);
    expect(json(await drift(['status', '--json'], { cwd: root }))).toMatchObject({
      files: { analysed: 1 },
    });

    expect(json(await drift(['migrate', '--to', '0', '--json'], { cwd: root }))).toMatchObject({
      to: 0,
    });
    expect((await drift(['migrate'], { cwd: root })).stdout).toMatch(
      /Migrated drift\.db from schema version 0 to \d+/,
    );
    expect((await drift(['migrate', '--to', 'x'], { cwd: root })).code).toBe(2);

    const refused = await drift(['clean', '--all'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --yes to confirm');
    expect((await drift(['clean'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, '.drift', 'drift.db'))).toBe(false);
    expect((await drift(['clean', '--all', '--yes'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, '.drift'))).toBe(false);
  });
});

describe('drift under failure', () => {
  it('reports a corrupt drift.db as DB_CORRUPT, and doctor restores the newest good backup', async () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b' });
    await drift(['scan', root]);
    await drift(['backup'], { cwd: root });
    writeFileSync(join(root, '.drift', 'drift.db'), Buffer.alloc(16_384, 0x5a));

    const status = await drift(['status'], { cwd: root });
    expect(status.code).toBe(2);
    const lines = status.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error\[DB_CORRUPT\]: opening .*drift\.db: file is not a database$/);
    expect(lines[1]).toBe(
      'hint: run `drift doctor` to check drift.db and restore the newest good backup',
    );

    const diagnosis = await drift(['doctor'], { cwd: root });
    expect(diagnosis.code).toBe(1);
    expect(diagnosis.stdout).toContain('✗ database');
    expect(diagnosis.stderr).toContain('drift doctor --yes');

    const repaired = await drift(['doctor', '--yes', '--json'], { cwd: root });
    expect(repaired.code).toBe(0);
    expect(json(repaired)).toMatchObject({ healthy: true });
    expect(
      (json(repaired) as { restored: { restoredFrom: string } }).restored.restoredFrom,
    ).toContain('/backups/');
    expect(json(await drift(['status', '--json'], { cwd: root }))).toMatchObject({
      files: { analysed: 2 },
    });
  });

  it('survives kill -9 in the middle of a scan: the next open passes its checks and a rescan completes', async () => {
    const root = project(manyFiles(12_000));
    await drift(['init', root]);
    expect(existsSync(join(root, 'drift.toml'))).toBe(true);
    const scan = startDrift(['scan', root, '--threads', '1', '--json']);
    let seen = { status: '', analysed: 0 };
    while (seen.analysed === 0) {
      const status = await drift(['status', '--json'], { cwd: root });
      if (status.code === 0) {
        const parsed = json(status) as {
          lastScan: { status: string } | null;
          files: { analysed: number };
        };
        seen = { status: parsed.lastScan?.status ?? '', analysed: parsed.files.analysed };
      }
    }
    scan.child.kill('SIGKILL');
    const killed = await scan.done;
    expect(killed.code).toBeNull();
    expect(seen.status).toBe('running');

    const doctor = json(await drift(['doctor', '--json'], { cwd: root })) as {
      checks: { name: string; status: string }[];
    };
    expect(doctor.checks.find((c) => c.name === 'database')?.status).toBe('ok');
    expect(doctor.checks.find((c) => c.name === 'last-scan')?.status).toBe('warn');

    const rescan = json(await drift(['scan', root, '--json'])) as Summary;
    expect(rescan.status).toBe('complete');
    expect(rescan.filesAdded + rescan.filesUnchanged).toBe(12_000 + 1);
    expect(rescan.filesUnchanged).toBeGreaterThan(0);
  });

  it('two scans at once: the second fails fast with DB_BUSY or waits, and drift.db stays sound', async () => {
    const root = project(manyFiles(6000));
    await drift(['init', root]);
    const runs = await Promise.all([
      drift(['scan', root, '--json']),
      drift(['scan', root, '--json']),
    ]);
    for (const run of runs) {
      expect([0, 2]).toContain(run.code);
      if (run.code === 2) expect(run.stderr).toContain('error[DB_BUSY]');
    }
    expect(runs.some((run) => run.code === 0)).toBe(true);
    const doctor = json(await drift(['doctor', '--json'], { cwd: root })) as { healthy: boolean };
    expect(doctor.healthy).toBe(true);
    const after = json(await drift(['scan', root, '--json'])) as Summary;
    expect(after.filesUnchanged).toBe(6000 + 1);
  });

  it('counts a file it is not allowed to read as unreadable (PERMISSION_DENIED) and goes on', async () => {
    const root = project({ 'a.ts': 'a', 'secret.ts': 'no peeking' });
    chmodSync(join(root, 'secret.ts'), 0o000);
    const asRoot = process.getuid?.() === 0;
    const run = await drift(
      ['scan', root, '--json'],
      asRoot ? { uid: 65534, env: { HOME: '/tmp' } } : {},
    );
    expect(run.code).toBe(0);
    const summary = json(run) as Summary;
    expect(summary.skipped['unreadable']).toBe(1);
    expect(summary.errors).toEqual([
      { file: 'secret.ts', code: 'PERMISSION_DENIED', reason: 'cannot open (EACCES)' },
    ]);
    expect(summary.filesAdded).toBe(1);
  });
});

describe('drift on a terminal', () => {
  it('draws a progress bar on stderr and clears it before the summary', async () => {
    const root = project(manyFiles(400));
    const { execFileSync } = await import('node:child_process');
    const log = join(root, 'tty.log');
    const command = `${process.execPath} ${DRIFT_BIN} scan ${root}`;
    execFileSync('script', ['-qfc', command, log], {
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const screen = readFileSync(log, 'utf8');
    expect(screen).toContain('discovering files…');
    expect(screen).toMatch(/parsing {3}\[[#-]{30}\] \d+\/400 files/);
    expect(screen).toContain('added 400');
    expect(screen).not.toContain('error');
  });
});

describe('drift files and facts in status', () => {
  it('shows the facts of a file and of a folder, as text and JSON', async () => {
    const root = project({
      'src/service.ts':
        'import { Repo } from "./repo";\nexport class UserService {\n  constructor(private repo: Repo) {}\n  async find(id: string) {\n    return this.repo.get(`/users/${id}`);\n  }\n}\n',
      'src/repo.ts': 'export class Repo {\n  get(url: string) { return fetch(url); }\n}\n',
      'app.py': 'import os\n\ndef main():\n    print(os.environ["HOME"])\n',
      'README.md': '# x\n',
    });
    expect((await drift(['scan', root])).code).toBe(0);

    const one = json(await drift(['files', 'src/service.ts', '--json'], { cwd: root })) as Record<
      string,
      unknown
    >[];
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({
      path: 'src/service.ts',
      language: 'typescript',
      parsed: true,
      functions: [
        { name: 'constructor', qualifiedName: 'UserService.constructor', startLine: 3, endLine: 3 },
        {
          name: 'find',
          qualifiedName: 'UserService.find',
          startLine: 4,
          startColumn: 3,
          endLine: 6,
          endColumn: 3,
          isAsync: true,
        },
      ],
      classes: [{ name: 'UserService', kind: 'class', startLine: 2, endLine: 7 }],
      imports: [{ module: './repo', names: [{ name: 'Repo', alias: null }] }],
      exports: [{ name: 'UserService', kind: 'named' }],
      calls: [
        {
          callee: 'get',
          receiver: 'this.repo',
          argumentCount: 1,
          enclosingFunction: 'UserService.find',
          line: 5,
        },
      ],
    });

    const all = json(await drift(['files', '--json'], { cwd: root })) as {
      path: string;
      parsed: boolean;
    }[];
    expect(all.map((f) => [f.path, f.parsed])).toEqual([
      ['README.md', false],
      ['app.py', true],
      ['src/repo.ts', true],
      ['src/service.ts', true],
    ]);
    const folder = await drift(['files', 'src'], { cwd: root });
    expect(folder.stdout.trim().split('\n')).toEqual([
      'src/repo.ts (typescript: 1 functions, 1 classes, 0 imports, 1 calls)',
      'src/service.ts (typescript: 2 functions, 1 classes, 1 imports, 1 calls)',
    ]);
    const text = await drift(['files', 'app.py'], { cwd: root });
    expect(text.stdout).toMatch(/env +"HOME" line 4 via os\.environ/);

    const status = json(await drift(['status', '--json'], { cwd: root })) as {
      languages: Record<string, unknown>;
    };
    expect(status.languages['typescript']).toEqual({
      files: 2,
      functions: 3,
      classes: 2,
      imports: 1,
      exports: 2,
      calls: 2,
      filesWithErrors: 0,
    });
    expect(status.languages['python']).toMatchObject({
      files: 1,
      functions: 1,
      imports: 1,
      calls: 1,
    });

    const missing = await drift(['files', 'nope.ts'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error[NOT_FOUND]: drift.db has no file nope.ts');
  });
});
