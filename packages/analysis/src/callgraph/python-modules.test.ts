import { describe, expect, it } from 'vitest';
import { ProjectLayout } from './project-layout.js';
import { PythonModules } from './python-modules.js';

describe('PythonModules', () => {
  const files = [
    'app/__init__.py',
    'app/models.py',
    'app/api/__init__.py',
    'app/api/views.py',
    'src/lib/__init__.py',
    'src/lib/core.py',
    'services/billing/billing/__init__.py',
    'services/billing/billing/invoice.py',
    'scripts/run.py',
    'scripts/helpers.py',
    'ns/plain.py',
  ];
  const layout = new ProjectLayout(files);
  const markers: Record<string, string> = { 'services/billing/pyproject.toml': '[project]' };
  const modules = new PythonModules((path) => markers[path] ?? null, layout, layout.directories());

  it('resolves relative imports by counting dots from the importing package', () => {
    expect(modules.resolve('app/api/views.py', '.')).toEqual({
      file: 'app/api/__init__.py',
      directory: 'app/api',
    });
    expect(modules.resolve('app/api/views.py', '..models')).toEqual({
      file: 'app/models.py',
      directory: null,
    });
    expect(modules.resolve('app/api/views.py', '...')).toBeNull();
    expect(modules.resolve('app/models.py', '.api.views')).toEqual({
      file: 'app/api/views.py',
      directory: null,
    });
  });

  it('resolves absolute imports from the package root, the project root, src/ and distribution roots', () => {
    expect(modules.resolve('app/api/views.py', 'app.models')?.file).toBe('app/models.py');
    expect(modules.resolve('app/api/views.py', 'lib.core')?.file).toBe('src/lib/core.py');
    expect(modules.resolve('app/models.py', 'billing.invoice')?.file).toBe(
      'services/billing/billing/invoice.py',
    );
    expect(modules.resolve('scripts/run.py', 'helpers')?.file).toBe('scripts/helpers.py');
    expect(modules.resolve('app/models.py', 'os.path')).toBeNull();
  });

  it('treats a folder without __init__.py as a namespace package and finds submodules', () => {
    expect(modules.resolve('app/models.py', 'ns')).toEqual({ file: null, directory: 'ns' });
    expect(modules.submodule('ns', 'plain')).toEqual({ file: 'ns/plain.py', directory: null });
    expect(modules.submodule('app', 'api')).toEqual({
      file: 'app/api/__init__.py',
      directory: 'app/api',
    });
    expect(modules.submodule('app', 'missing')).toBeNull();
  });
});
