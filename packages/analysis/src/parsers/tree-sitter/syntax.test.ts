import { describe, expect, it } from 'vitest';
import { stripCommentMarkers } from './syntax.js';

describe('stripCommentMarkers', () => {
  it('strips block, line, triple-slash and hash comment markers', () => {
    expect(stripCommentMarkers('/**\n * Loads a user.\n * @param id the id\n */')).toBe(
      'Loads a user.\n@param id the id',
    );
    expect(stripCommentMarkers('/// Adds two numbers.\n/// Returns the sum.')).toBe(
      'Adds two numbers.\nReturns the sum.',
    );
    expect(stripCommentMarkers('// a\n// b')).toBe('a\nb');
    expect(stripCommentMarkers('# Ruby doc\n# more')).toBe('Ruby doc\nmore');
    expect(stripCommentMarkers('/* plain */')).toBe('plain');
  });
});
