import type { CodeLanguage } from '@drift/core';
import { baseName } from '../../shared/paths.js';
import { wordsOf } from '../../shared/identifier-words.js';

/** File-name words that make a file an HTTP handler, per language. */
const HANDLER_WORDS: Partial<Record<CodeLanguage, ReadonlySet<string>>> = {
  typescript: new Set([
    'controller',
    'controllers',
    'route',
    'routes',
    'router',
    'routers',
    'endpoint',
    'endpoints',
  ]),
  javascript: new Set([
    'controller',
    'controllers',
    'route',
    'routes',
    'router',
    'routers',
    'endpoint',
    'endpoints',
  ]),
  python: new Set([
    'views',
    'view',
    'routes',
    'route',
    'routers',
    'router',
    'endpoints',
    'endpoint',
    'controller',
    'controllers',
  ]),
  go: new Set([
    'handler',
    'handlers',
    'controller',
    'controllers',
    'routes',
    'router',
    'routers',
    'endpoints',
  ]),
  java: new Set(['controller', 'resource', 'endpoint']),
  kotlin: new Set(['controller', 'resource', 'endpoint', 'routes', 'routing']),
  csharp: new Set(['controller', 'endpoints', 'endpoint']),
  php: new Set(['controller']),
  ruby: new Set(['controller']),
};

/** Folders that hold HTTP handlers, per language. */
const HANDLER_FOLDERS: Partial<Record<CodeLanguage, ReadonlySet<string>>> = {
  typescript: new Set(['controllers', 'routes', 'routers', 'endpoints']),
  javascript: new Set(['controllers', 'routes', 'routers', 'endpoints']),
  python: new Set(['views', 'routes', 'routers', 'endpoints', 'controllers']),
  go: new Set(['handlers', 'handler', 'controllers', 'routes', 'endpoints']),
  java: new Set(['controllers', 'controller', 'endpoints', 'resources']),
  kotlin: new Set(['controllers', 'controller', 'endpoints', 'routes']),
  csharp: new Set(['Controllers', 'controllers', 'Endpoints', 'endpoints']),
  php: new Set(['Controllers', 'controllers']),
  ruby: new Set(['controllers']),
};

/**
 * File-name words of other layers and helpers, which win over the folder (`routes/auth.service.ts`
 * is a service, `base.controller.ts` an abstract base, `api/deps.py` a dependency module).
 */
const OTHER_ROLES = new Set([
  'service',
  'services',
  'repository',
  'repositories',
  'repo',
  'model',
  'models',
  'entity',
  'entities',
  'dto',
  'dtos',
  'mapper',
  'util',
  'utils',
  'helper',
  'helpers',
  'schema',
  'schemas',
  'type',
  'types',
  'interface',
  'interfaces',
  'module',
  'guard',
  'middleware',
  'middlewares',
  'pipe',
  'decorator',
  'decorators',
  'config',
  'dao',
  'store',
  'validator',
  'validators',
  'serializer',
  'serializers',
  'permission',
  'permissions',
  'urls',
  'admin',
  'forms',
  'tasks',
  'signals',
  'apps',
  'deps',
  'dependencies',
  'exception',
  'exceptions',
  'error',
  'errors',
  'filter',
  'filters',
  'interceptor',
  'advice',
  'base',
  'abstract',
  'constants',
  'enums',
  'client',
  'mock',
  'mocks',
  'init',
  'index',
]);

/**
 * Whether a file handles HTTP requests, by its path: its name ends with a handler word (`users.controller.ts`,
 * `OwnerController.java`, `users_controller.rb`, `views.py`, `items.routes.ts`, Next.js
 * `route.ts`, Go `user_handler.go`), or it sits in a handler folder (`controllers/`, `routes/`,
 * `endpoints/`, Python `views/`, Go `handlers/`) with a name of no other layer. JSX/TSX files
 * are components, even in a `routes/` folder.
 */
export function isHttpLayerFile(path: string, language: CodeLanguage): boolean {
  if (/\.[jt]sx$/.test(path)) return false;
  const name = baseName(path).replace(/\.[^.]+$/, '');
  const words = wordsOf(name);
  if (words.some((word) => OTHER_ROLES.has(word))) return false;
  const last = words[words.length - 1];
  if (last !== undefined && HANDLER_WORDS[language]?.has(last) === true) return true;
  if (/(?:^|\/)pages\/api\//.test(path)) return true;
  const folders = path.split('/').slice(0, -1);
  return folders.some((folder) => HANDLER_FOLDERS[language]?.has(folder) === true);
}
