import type { CodeLanguage, ReferenceFact } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { registrationEntryPoint } from './registration-entry-points.js';

/** The kind `handler` passed to `receiver.call(…)` gets in `language`. */
function kindOf(language: CodeLanguage, call: string, callReceiver: string | null): string | null {
  const reference: ReferenceFact = {
    name: 'handler',
    receiver: null,
    enclosingFunction: null,
    call,
    callReceiver,
    line: 1,
    column: 1,
  };
  return registrationEntryPoint(reference, language);
}

describe('registrationEntryPoint', () => {
  it('recognises route registrations of Express-like routers, gin/net-http, Django, Flask and FastAPI', () => {
    expect(kindOf('typescript', 'get', 'app')).toBe('route');
    expect(kindOf('typescript', 'post', 'router')).toBe('route');
    expect(kindOf('javascript', 'use', 'this.app')).toBe('route');
    expect(kindOf('javascript', 'delete', 'userRouter')).toBe('route');
    expect(kindOf('typescript', 'get', "router.route('/users/:id')")).toBe('route');
    expect(kindOf('go', 'GET', 'r')).toBe('route');
    expect(kindOf('go', 'HandleFunc', 'http')).toBe('route');
    expect(kindOf('python', 'path', null)).toBe('route');
    expect(kindOf('python', 're_path', 'django.urls')).toBe('route');
    expect(kindOf('python', 'add_url_rule', 'app')).toBe('route');
    expect(kindOf('python', 'add_api_route', 'router')).toBe('route');
  });

  it('recognises CLI and event registrations', () => {
    expect(kindOf('typescript', 'action', "program.command('x')")).toBe('cli');
    expect(kindOf('javascript', 'command', 'yargs')).toBe('cli');
    expect(kindOf('python', 'set_defaults', 'parser')).toBe('cli');
    expect(kindOf('typescript', 'on', 'emitter')).toBe('event');
    expect(kindOf('javascript', 'addEventListener', 'window')).toBe('event');
    expect(kindOf('typescript', 'subscribe', 'this.events$')).toBe('event');
    expect(kindOf('python', 'connect', 'post_save')).toBe('event');
  });

  it('leaves lookalikes alone: maps, bare verbs, other languages, a path() on another module', () => {
    expect(kindOf('typescript', 'get', 'cache')).toBeNull();
    expect(kindOf('typescript', 'get', null)).toBeNull();
    expect(kindOf('typescript', 'map', 'items')).toBeNull();
    expect(kindOf('typescript', 'action', null)).toBeNull();
    expect(kindOf('typescript', 'on', null)).toBeNull();
    expect(kindOf('go', 'GET', null)).toBeNull();
    expect(kindOf('java', 'get', 'router')).toBeNull();
    expect(kindOf('python', 'path', 'os')).toBeNull();
    expect(kindOf('python', 'get', 'app')).toBeNull();
    expect(kindOf('python', 'connect', null)).toBeNull();
  });
});
