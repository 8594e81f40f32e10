import { describe, expect, it } from 'vitest';
import { findSuppressions } from './suppressions.js';

describe('findSuppressions', () => {
  it('reads drift-ignore in every comment syntax, with an optional target and reason', () => {
    const source = [
      'const a = 1; // drift-ignore',
      '# drift-ignore: logging/console-vs-logger prints the banner',
      '/* drift-ignore: 1cf76aeadb */',
      '-- drift-ignore',
      '<!-- drift-ignore -->',
      '{/* drift-ignore: accessibility */}',
      ' * drift-ignore: errors reason here',
    ].join('\n');
    expect(findSuppressions(source)).toEqual([
      { line: 1, target: null, reason: null },
      { line: 2, target: 'logging/console-vs-logger', reason: 'prints the banner' },
      { line: 3, target: '1cf76aeadb', reason: null },
      { line: 4, target: null, reason: null },
      { line: 5, target: null, reason: null },
      { line: 6, target: 'accessibility', reason: null },
      { line: 7, target: 'errors', reason: 'reason here' },
    ]);
  });

  it('ignores the words outside comments and lookalike words', () => {
    expect(
      findSuppressions("const s = 'drift-ignore';\n// drift-ignored\nfoo(); drift-ignore"),
    ).toEqual([]);
    expect(findSuppressions('no marker here')).toEqual([]);
  });
});
