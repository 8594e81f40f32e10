import { describe, expect, it } from 'vitest';
import { useProjects } from '../test-helpers/project.js';
import { ProjectFileReader } from './project-file-reader.js';

const project = useProjects();

describe('ProjectFileReader', () => {
  it('reads each file once and fingerprints what it was asked for', () => {
    const root = project({ 'package.json': '{"name":"a"}' });
    const reader = new ProjectFileReader(root);
    expect(reader.read('package.json')).toBe('{"name":"a"}');
    expect(reader.read('tsconfig.json')).toBeNull();
    expect(reader.fingerprints()).toEqual({
      'package.json': expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
      'tsconfig.json': null,
    });
  });

  it('takes files of kinds the scan records as absent unless the scan recorded them', () => {
    const root = project({
      'package.json': '{}',
      'sub/tsconfig.json': '{}',
      'go.mod': 'module example.com/a\n',
    });
    const reader = new ProjectFileReader(root, new Set(['package.json']));
    expect(reader.read('package.json')).toBe('{}');
    // Ignored by the scan (it is not among the recorded paths), so not a configuration of the project.
    expect(reader.read('sub/tsconfig.json')).toBeNull();
    // The scan records no go.mod at all (no language), so it is read from disk.
    expect(reader.read('go.mod')).toBe('module example.com/a\n');
  });
});
