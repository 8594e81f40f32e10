import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drift, json, useProjects } from './run-drift.js';

const project = useProjects();
const THROWN = 'errors/thrown-type';

/** 22 throw statements, 21 of the codebase's own error classes; the outlier is in service5.ts:3. */
function services(): Record<string, string> {
  const files: Record<string, string> = { 'package.json': '{"name":"shop"}' };
  for (let i = 0; i < 11; i += 1) {
    files[`src/service${String(i)}.ts`] = [
      `export function load${String(i)}(id: string) {`,
      "  if (!id) throw new ValidationError('id');",
      i === 5 ? "  throw new Error('missing');" : "  throw new NotFoundError('missing');",
      '}',
    ].join('\n');
  }
  return files;
}

interface ViolationJson {
  fingerprint: string;
  patternId: string;
  detectorId: string;
  category: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

interface PatternJson {
  id: string;
  detectorId: string;
  variant: string;
  status: string;
  confidence: number;
}

async function scanned(): Promise<string> {
  const root = project(services());
  const scan = await drift(['scan', root]);
  expect(scan.code).toBe(0);
  return root;
}

describe('drift patterns, pattern, where, violations', () => {
  it('end a scan with the patterns and list them, their evidence and their outliers', async () => {
    const root = project(services());
    const scan = await drift(['scan', root]);
    expect(scan.stdout).toContain('Patterns');
    expect(scan.stdout).toMatch(
      /21 of 22 throw statements in this repository throw the codebase’s own error classes/,
    );
    expect(scan.stdout).toMatch(/Violations \d+: \d+ warning/);

    const patterns = json(
      await drift(['patterns', '--json', '--category', 'errors'], { cwd: root }),
    ) as PatternJson[];
    const thrown = patterns.find((p) => p.detectorId === THROWN);
    expect(thrown).toMatchObject({ variant: 'custom-error', status: 'discovered' });
    const id = thrown?.id ?? '';
    const table = await drift(['patterns', '--min-confidence', '0.5'], { cwd: root });
    expect(table.stdout).toContain(id);
    expect((await drift(['patterns', '--min-confidence', '2'], { cwd: root })).code).toBe(2);
    expect((await drift(['patterns', '--status', 'nope'], { cwd: root })).code).toBe(2);

    const detail = await drift(['pattern', id.slice(0, 5)], { cwd: root });
    expect(detail.stdout).toContain('evidence    21 of 22 throw statements');
    expect(detail.stdout).toContain('src/service5.ts');
    const where = json(await drift(['where', id, '--json'], { cwd: root })) as unknown[];
    expect(where).toHaveLength(21);

    const violations = json(
      await drift(['violations', '--json'], { cwd: root }),
    ) as ViolationJson[];
    const mine = violations.filter((v) => v.detectorId === THROWN);
    expect(mine).toEqual([
      {
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        patternId: id,
        detectorId: THROWN,
        category: 'errors',
        severity: 'warning',
        file: 'src/service5.ts',
        line: 3,
        column: 3,
        message:
          'throws a catch-all `Error`; 21 of 22 throw statements in this repository throw the codebase’s own error classes',
      },
    ]);
    const text = await drift(['violations', 'src/service5.ts'], { cwd: root });
    expect(text.stdout).toContain('3:3');
    expect(text.stdout).toContain('(suggestion)');
    expect((await drift(['pattern', 'ffffffffff'], { cwd: root })).stderr).toContain(
      'error[NOT_FOUND]',
    );
  });
});

describe('drift approve, ignore, dismiss', () => {
  it('approve --auto --dry-run changes nothing; approve enforces; ignore needs a reason', async () => {
    const root = await scanned();
    const dry = await drift(['approve', '--auto', '--threshold', '0.5', '--dry-run', '--json'], {
      cwd: root,
    });
    expect((json(dry) as PatternJson[]).some((p) => p.detectorId === THROWN)).toBe(true);
    const listed = json(
      await drift(['patterns', '--json', '--status', 'approved'], { cwd: root }),
    ) as PatternJson[];
    expect(listed).toEqual([]);

    const id =
      (
        json(
          await drift(['patterns', '--json', '--category', 'errors'], { cwd: root }),
        ) as PatternJson[]
      ).find((p) => p.detectorId === THROWN)?.id ?? '';
    expect((await drift(['approve'], { cwd: root })).code).toBe(2);
    const approved = await drift(['approve', id], { cwd: root });
    expect(approved.stdout).toContain(`approved ${id}`);
    const text = await drift(['violations', '--enforced'], { cwd: root });
    expect(text.stdout).toContain('src/service5.ts');
    expect(text.stdout).not.toContain('(suggestion)');

    expect((await drift(['ignore', id], { cwd: root })).code).toBe(2);
    expect(
      (await drift(['ignore', id, '--reason', 'generated code'], { cwd: root })).stdout,
    ).toContain('ignored');
    const after = json(
      await drift(['violations', '--json', '--category', 'errors'], { cwd: root }),
    ) as ViolationJson[];
    expect(after.filter((v) => v.detectorId === THROWN)).toEqual([]);
  });

  it('dismiss removes a violation and needs its fingerprint and a reason', async () => {
    const root = await scanned();
    const [violation] = (
      json(await drift(['violations', '--json'], { cwd: root })) as ViolationJson[]
    ).filter((v) => v.detectorId === THROWN);
    expect((await drift(['dismiss', 'nope', '--reason', 'x'], { cwd: root })).stderr).toContain(
      'error[NOT_FOUND]',
    );
    const dismissed = await drift(
      ['dismiss', violation?.fingerprint ?? '', '--reason', 'the API needs Error'],
      { cwd: root },
    );
    expect(dismissed.stdout).toContain('dismissed src/service5.ts:3');
    const left = json(await drift(['violations', '--json'], { cwd: root })) as ViolationJson[];
    expect(left.filter((v) => v.detectorId === THROWN)).toEqual([]);
  });
});

describe('drift check and baselines', () => {
  it('fails at or above --fail-on, in every format', async () => {
    const root = await scanned();
    const warning = await drift(['check', '--fail-on', 'warning'], { cwd: root });
    expect(warning.code).toBe(1);
    expect(warning.stdout).toContain('src/service5.ts');
    expect(warning.stdout).toMatch(/✖ \d+ violations?, \d+ at or above warning/);
    const error = await drift(['check', '--fail-on', 'error', 'src/service5.ts'], { cwd: root });
    expect(error.code).toBe(0);
    expect((await drift(['check', '--fail-on', 'none'], { cwd: root })).code).toBe(0);

    const asJson = json(
      await drift(['check', '--format', 'json', '--fail-on', 'warning', 'src/service5.ts'], {
        cwd: root,
      }),
    ) as {
      violations: ViolationJson[];
      failing: number;
    };
    expect(asJson.violations.map((v) => `${v.detectorId} ${v.file}:${String(v.line)}`)).toContain(
      `${THROWN} src/service5.ts:3`,
    );
    expect(asJson.failing).toBeGreaterThan(0);

    const github = await drift(['check', '--format', 'github', 'src/service5.ts'], { cwd: root });
    expect(github.stdout).toContain(
      `::warning file=src/service5.ts,line=3,col=3,title=drift ${THROWN}::throws a catch-all \`Error\`; 21 of 22`,
    );
    const gitlab = JSON.parse(
      (await drift(['check', '--format', 'gitlab', 'src/service5.ts'], { cwd: root })).stdout,
    ) as {
      check_name: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(gitlab).toContainEqual(
      expect.objectContaining({
        check_name: THROWN,
        severity: 'major',
        location: { path: 'src/service5.ts', lines: { begin: 3 } },
      }),
    );
    expect((await drift(['check', '--format', 'xml'], { cwd: root })).code).toBe(2);
    expect((await drift(['check', '--fail-on', 'fatal'], { cwd: root })).code).toBe(2);
    const outside = await drift(['check', '--no-scan', tmpdir()], { cwd: root });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(`${tmpdir()} is outside the project at ${root}`);
    expect((await drift(['violations', tmpdir()], { cwd: root })).code).toBe(2);
  });

  it('with a baseline reports only new violations; --staged checks staged files only', async () => {
    const root = await scanned();
    const created = await drift(['baseline', 'create'], { cwd: root });
    expect(created.stdout).toContain('baseline of');
    expect(existsSync(join(root, '.drift', 'baseline.json'))).toBe(true);
    const clean = await drift(['check', '--fail-on', 'warning'], { cwd: root });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(
      /✔ 0 violations, none at or above warning \(\d+ in the baseline hidden\)/,
    );

    writeFileSync(
      join(root, 'src/service7.ts'),
      "export function f() {\n  throw new Error('new');\n}\n",
    );
    const fresh = await drift(['check', '--fail-on', 'warning', '--format', 'json'], { cwd: root });
    expect(fresh.code).toBe(1);
    const report = JSON.parse(fresh.stdout) as { violations: ViolationJson[]; baselined: number };
    expect(report.violations.map((v) => `${v.file}:${String(v.line)}`)).toContain(
      'src/service7.ts:2',
    );
    expect(report.violations.map((v) => v.file)).not.toContain('src/service5.ts');

    expect((await drift(['check', '--staged'], { cwd: root })).code).toBe(2);
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'src/service7.ts'], { cwd: root });
    const staged = await drift(['check', '--staged', '--fail-on', 'warning', '--format', 'json'], {
      cwd: root,
    });
    const stagedReport = JSON.parse(staged.stdout) as { violations: ViolationJson[] };
    expect(new Set(stagedReport.violations.map((v) => v.file))).toEqual(
      new Set(['src/service7.ts']),
    );

    expect((await drift(['baseline', 'clear'], { cwd: root })).stdout).toContain(
      'baseline cleared',
    );
    expect((await drift(['baseline', 'clear'], { cwd: root })).stdout).toContain(
      'there was no baseline',
    );
    writeFileSync(join(root, '.drift', 'baseline.json'), '{"version": 9}');
    expect((await drift(['check'], { cwd: root })).stderr).toContain('error[CONFIG_ERROR]');
    expect(readFileSync(join(root, '.drift', 'baseline.json'), 'utf8')).toContain('9');
  });
});
