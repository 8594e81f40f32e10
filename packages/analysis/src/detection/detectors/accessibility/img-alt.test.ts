import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { imgAlt } from './img-alt.js';

describe('accessibility/img-alt', () => {
  it('reports <img> and next/image without alt', async () => {
    const source = [
      "import Picture from 'next/image';",
      'export const Gallery = ({ src }) => (',
      '  <div>',
      '    <img src={src} />', // 4
      '    <img src={src}></img>', // 5
      '    <Picture src={src} width={10} height={10} />', // 6
      '    <img src={src} alt="" />',
      '    <img src={src} alt={caption} />',
      '    <Picture src={src} alt="logo" />',
      '  </div>',
      ');',
    ].join('\n');
    expect(await observe(imgAlt, 'src/gallery.tsx', source)).toEqual([
      'missing-alt@4',
      'missing-alt@5',
      'missing-alt@6',
    ]);
  });

  it('leaves spreads, ARIA names, decorative roles and other components out', async () => {
    const source = [
      "import Image from './image';",
      'export const A = (props) => <img {...props} />;',
      'export const B = () => <img src="a.png" aria-label="Logo" />;',
      'export const C = () => <img src="a.png" aria-labelledby="caption" />;',
      'export const D = () => <img src="a.png" role="presentation" />;',
      'export const E = () => <img src="a.png" role="none" />;',
      'export const F = () => <Image src="a.png" />;', // not next/image
      'export const G = () => <Avatar src="a.png" />;',
    ].join('\n');
    expect(await observe(imgAlt, 'src/misc.jsx', source)).toEqual([]);
  });

  it('states the rule', () => {
    expect(imgAlt.describe({ variant: 'missing-alt', snippet: '', context: { tag: 'img' } })).toBe(
      '`<img>` has no `alt` attribute',
    );
    expect(imgAlt.expected).toBe('images carry an alt text (WCAG 2.1 SC 1.1.1)');
  });
});
