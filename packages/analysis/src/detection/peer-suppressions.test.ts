import { describe, expect, it } from 'vitest';
import { detectSource } from '../test-helpers/observe.js';
import { consoleVsLogger } from './detectors/logging/console-vs-logger.js';
import { PeerSuppressions } from './peer-suppressions.js';

function suppressions(source: string): PeerSuppressions {
  const lines = source.split('\n');
  return new PeerSuppressions(source, (line) => lines[line - 1] ?? '');
}

describe('PeerSuppressions', () => {
  it('reads ESLint line, next-line and file-wide directives', () => {
    const source = [
      'console.log(a); // eslint-disable-line no-console',
      '// eslint-disable-next-line no-console -- a CLI banner',
      'console.log(b);',
      'console.log(c); // eslint-disable-line no-alert',
      'x(any); // eslint-disable-line @typescript-eslint/no-explicit-any',
    ].join('\n');
    const peers = suppressions(source);
    expect(peers.suppresses(1, ['no-console'])).toBe(true);
    expect(peers.suppresses(3, ['no-console'])).toBe(true);
    expect(peers.suppresses(4, ['no-console'])).toBe(false);
    expect(peers.suppresses(5, ['no-explicit-any'])).toBe(true);
    expect(peers.suppresses(5, ['no-console'])).toBe(false);
    expect(peers.suppresses(1, [])).toBe(false);
    const fileWide = suppressions('/* eslint-disable no-console */\nconsole.log(a);\n');
    expect(fileWide.suppresses(2, ['no-console'])).toBe(true);
    expect(fileWide.suppresses(2, ['no-eval'])).toBe(false);
    expect(suppressions('/* eslint-disable */\neval(a);\n').suppresses(2, ['no-eval'])).toBe(true);
  });

  it('reads noqa, nosec, pylint, nolint and NOSONAR, with and without rules', () => {
    const source = [
      'print(a)  # noqa: T201',
      'print(b)  # noqa: E501',
      'print(c)  # noqa',
      'password = "hunter2"  # nosec B105',
      'eval(x)  # pylint: disable=eval-used',
      'InsecureSkipVerify: true, //nolint:gosec',
      'eval(y); // NOSONAR',
      'print(d)  # not a noqa directive: T201',
    ].join('\n');
    const peers = suppressions(source);
    expect(peers.suppresses(1, ['T201'])).toBe(true);
    expect(peers.suppresses(2, ['T201'])).toBe(false);
    expect(peers.suppresses(3, ['T201'])).toBe(true);
    expect(peers.suppresses(4, ['B105'])).toBe(true);
    expect(peers.suppresses(4, ['B307'])).toBe(false);
    expect(peers.suppresses(5, ['eval-used'])).toBe(true);
    expect(peers.suppresses(6, ['gosec'])).toBe(true);
    expect(peers.suppresses(7, ['no-eval'])).toBe(true);
    expect(peers.suppresses(8, ['T201'])).toBe(false);
  });

  it('keeps a detector from observing the lines its peer rules are suppressed on', async () => {
    const source = [
      "import { logger } from './logger';",
      "logger.info('a');",
      "console.log('b'); // eslint-disable-line no-console",
      "console.log('c');",
    ].join('\n');
    const { observations } = await detectSource('src/a.ts', source, [consoleVsLogger]);
    expect(observations.map((o) => `${o.variant}@${String(o.line)}`)).toEqual([
      'logger@2',
      'console@4',
    ]);
  });
});
