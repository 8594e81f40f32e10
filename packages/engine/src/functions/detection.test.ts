import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DriftClient } from '../client/drift-client.js';
import { errorCode, useProjects } from '../test-helpers/project.js';

const project = useProjects();
const thrown = { detectorIds: ['errors/thrown-type'] };

/** One package whose throws use the codebase's error classes, 21 of 22. */
function servicePackage(prefix: string, outlier: boolean): Record<string, string> {
  const files: Record<string, string> = { [`${prefix}package.json`]: '{}' };
  for (let i = 0; i < 11; i += 1) {
    files[`${prefix}src/service${String(i)}.ts`] = [
      `export function load${String(i)}(id: string) {`,
      "  if (!id) throw new ValidationError('id');",
      outlier && i === 5
        ? "  throw new Error('missing');"
        : "  throw new NotFoundError('missing');",
      '}',
    ].join('\n');
  }
  return files;
}

async function scannedClient(
  files: Record<string, string>,
): Promise<{ client: DriftClient; root: string }> {
  const root = project(files);
  const client = await DriftClient.initialize({ projectRoot: root, env: {} });
  await client.scan({ threads: 1 });
  return { client, root };
}

describe('detection functions', () => {
  it('list patterns, their detail and locations, and violations by path', async () => {
    const { client, root } = await scannedClient({
      ...servicePackage('', true),
      'src/notes.ts': '// drift-ignore\nexport const x = 1;\n',
    });
    try {
      const patterns = client.queryPatterns(thrown);
      expect(patterns.items.map((p) => [p.detectorId, p.variant, p.category, p.status])).toEqual([
        ['errors/thrown-type', 'custom-error', 'errors', 'discovered'],
      ]);
      const id = patterns.items[0]?.id ?? '';
      expect(client.queryPatterns({ ...thrown, categories: ['logging'] }).total).toBe(0);
      expect(client.queryPatterns({ ...thrown, minConfidence: 0.99 }).total).toBe(0);
      expect(() => client.queryPatterns({ minConfidence: 2 })).toThrow('[INVALID_FILTER]');

      const detail = client.queryPatternDetail(id.slice(0, 4));
      expect(detail.pattern.id).toBe(id);
      expect(detail.evidence).toBe(
        '21 of 22 throw statements in this repository throw the codebase’s own error classes',
      );
      expect(detail.distribution).toEqual({ 'custom-error': 21, 'generic-error': 1 });
      expect(detail.examples).toHaveLength(5);
      expect(detail.outliers.map((v) => `${v.file}:${String(v.line)}`)).toEqual([
        'src/service5.ts:3',
      ]);
      expect(detail.outlierCount).toBe(1);
      expect(() => client.queryPatternDetail('ffffffffff')).toThrow('[NOT_FOUND]');
      expect(() => client.queryPatternDetail('zz')).toThrow('[NOT_FOUND]');

      const locations = client.queryPatternLocations(id, { limit: 100 });
      expect(locations.total).toBe(21);
      expect(locations.items[0]).toMatchObject({
        file: 'src/service0.ts',
        line: 2,
        variant: 'custom-error',
      });

      expect(client.queryViolations({ ...thrown, paths: [join(root, 'src')] }).total).toBe(1);
      expect(client.queryViolations({ ...thrown, paths: ['src/service4.ts'] }).total).toBe(0);
      expect(client.queryViolations({ ...thrown, severities: ['error'] }).total).toBe(0);
      expect(client.queryUnusedSuppressions()).toContainEqual({
        file: 'src/notes.ts',
        line: 1,
        target: null,
        reason: null,
      });
      expect(await client.detectPatterns()).toMatchObject({ newViolations: 0, fixedViolations: 0 });
    } finally {
      await client.shutdown();
    }
  });

  it('approve, ignore and dismiss change what is reported, with events', async () => {
    const { client } = await scannedClient(servicePackage('', true));
    const events: string[] = [];
    client.on({
      onPatternApproved: (p) => events.push(`approved ${p.variant}`),
      onPatternIgnored: (p) => events.push(`ignored ${p.variant}`),
      onViolationDismissed: (v, reason) => events.push(`dismissed ${v.file} ${reason}`),
    });
    try {
      const id = client.queryPatterns(thrown).items[0]?.id ?? '';
      expect(client.approvePatterns([id], 'team convention')[0]?.status).toBe('approved');
      expect(client.queryViolations(thrown).items[0]?.enforced).toBe(true);
      expect(client.queryPatternDetail(id).decisionReason).toBe('team convention');
      expect(() => client.ignorePattern(id, ' ')).toThrow('[INVALID_FILTER]');
      expect(client.ignorePattern(id, 'legacy code').status).toBe('ignored');
      expect(client.queryViolations(thrown).total).toBe(0);
      client.approvePatterns([id]);
      const [violation] = client.queryViolations(thrown).items;
      expect(() => client.dismissViolation('nope', 'x')).toThrow('[NOT_FOUND]');
      expect(() => client.dismissViolation(violation?.fingerprint ?? '', '')).toThrow(
        '[INVALID_FILTER]',
      );
      client.dismissViolation(violation?.fingerprint ?? '', 'the API contract needs Error');
      expect(client.queryViolations(thrown).total).toBe(0);
      const info = client.queryDetectors().find((d) => d.id === 'errors/thrown-type');
      expect(info).toMatchObject({
        state: 'enabled',
        dismissals: 1,
        violations: 0,
        mode: 'learned',
      });
      expect(() => client.enableDetector('errors/thrown-type')).toThrow('[INVALID_FILTER]');
      expect(() => client.enableDetector('no/such')).toThrow('[NOT_FOUND]');
      expect(events).toEqual([
        'approved custom-error',
        'ignored custom-error',
        'approved custom-error',
        'dismissed src/service5.ts the API contract needs Error',
      ]);
    } finally {
      await client.shutdown();
    }
  });

  it('disables a detector whose violations get dismissed, until it is enabled again', async () => {
    const root = project(servicePackage('', true));
    const client = await DriftClient.initialize({
      projectRoot: root,
      env: {},
      configOverrides: {
        'analysis.detector_min_dismissals': 1,
        'analysis.detector_disable_rate': 0.5,
      },
    });
    const disabled: string[] = [];
    client.on({ onDetectorDisabled: (id) => disabled.push(id) });
    try {
      await client.scan({ threads: 1 });
      const [violation] = client.queryViolations(thrown).items;
      client.dismissViolation(violation?.fingerprint ?? '', 'intended');
      expect(disabled).toEqual(['errors/thrown-type']);
      const info = client.queryDetectors().find((d) => d.id === 'errors/thrown-type');
      expect(info?.state).toBe('disabled-by-health');
      expect(info?.reason).toContain('false-positive rate 0.50');
      expect(client.queryPatterns(thrown).total).toBe(0);
      expect(client.enableDetector('errors/thrown-type').state).toBe('enabled');
      expect(client.queryPatterns(thrown).total).toBe(1);
    } finally {
      await client.shutdown();
    }
  });

  it('merges two packages’ patterns of one detector into one', async () => {
    const { client } = await scannedClient({
      'package.json': '{}',
      ...servicePackage('packages/api/', true),
      ...servicePackage('packages/web/', false),
    });
    try {
      const patterns = client.queryPatterns(thrown).items;
      expect(patterns.map((p) => p.scope).sort()).toEqual(['packages/api', 'packages/web']);
      const api = patterns.find((p) => p.scope === 'packages/api')?.id ?? '';
      const web = patterns.find((p) => p.scope === 'packages/web')?.id ?? '';
      expect(() => client.mergePatterns(api, api)).toThrow('[INVALID_FILTER]');
      const kept = client.mergePatterns(api, web);
      expect(kept).toMatchObject({ id: api, total: 44, occurrences: 43 });
      expect(client.queryPatterns(thrown).items.map((p) => p.id)).toEqual([api]);
      expect(
        await errorCode(Promise.resolve().then(() => client.mergePatterns(api, 'ffffffffff'))),
      ).toBe('NOT_FOUND');
    } finally {
      await client.shutdown();
    }
  });
});
