import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { cssApproach } from './css-approach.js';

const file = (...lines: string[]): string => lines.join('\n');

describe('styling/css-approach', () => {
  it('recognises CSS modules, own stylesheets, CSS-in-JS and vanilla-extract by their imports', async () => {
    const modules = file(
      "import { useState } from 'react';",
      "import styles from './button.module.scss';",
      'export const Button = () => <button className={styles.root} />;',
    );
    expect(await observe(cssApproach, 'src/button.tsx', modules)).toEqual(['css-modules@2']);
    const global = file(
      "import './Toolbar.scss';",
      'export const Toolbar = () => <div className="Toolbar" />;',
    );
    expect(await observe(cssApproach, 'src/Toolbar.tsx', global)).toEqual(['global-css@1']);
    const styled = file(
      "import styled from 'styled-components';",
      'export const Box = styled.div``;',
    );
    expect(await observe(cssApproach, 'src/box.styles.ts', styled)).toEqual(['css-in-js@1']);
    const emotion = file(
      '/** @jsxImportSource @emotion/react */',
      "import { css } from '@emotion/react';",
    );
    expect(await observe(cssApproach, 'src/card.tsx', emotion)).toEqual(['css-in-js@2']);
    const recipe = file(
      "import { style } from '@vanilla-extract/css';",
      'export const root = style({});',
    );
    expect(await observe(cssApproach, 'src/card.css.ts', recipe)).toEqual(['vanilla-extract@1']);
    const user = file(
      "import * as styles from './card.css';",
      'export const Card = () => <div className={styles.root} />;',
    );
    expect(await observe(cssApproach, 'src/card.tsx', user)).toEqual(['vanilla-extract@1']);
  });

  it('recognises Tailwind class strings, through cn/clsx/cva too', async () => {
    const plain = file(
      'export const Card = () => (',
      '  <div className="flex items-center gap-2 px-4 md:grid-cols-2">', // 2
      '    <span className="text-sm text-gray-500">x</span>',
      '  </div>',
      ');',
    );
    expect(await observe(cssApproach, 'src/card.tsx', plain)).toEqual(['tailwind@2']);
    const helpers = file(
      "import { cn } from '@/lib/utils';",
      "const variants = cva('inline-flex items-center rounded-md', {", // 2
      "  variants: { size: { sm: 'h-8 px-3 text-xs' } },",
      '});',
      'export const Button = ({ active }) => (',
      "  <button className={cn('w-full', active && 'bg-primary text-primary-foreground')} />",
      ');',
    );
    expect(await observe(cssApproach, 'src/button.tsx', helpers)).toEqual(['tailwind@2']);
    const template = file(
      'export const Row = ({ tone }) => (',
      '  <tr className={`border-b ${tone} hover:bg-muted/50 text-${tone}-500`} />', // 2
      ');',
      "export const Cell = ({ v }) => <td className={v === 'x' ? 'p-4 align-middle' : 'p-2'} />;",
    );
    expect(await observe(cssApproach, 'src/row.tsx', template)).toEqual(['tailwind@2']);
  });

  it('counts static inline styles only when nothing else styles the file', async () => {
    const inline = file(
      'export const Separator = ({ width }) => (',
      "  <div style={{ padding: 4 }}><hr style={{ height: 1, margin: '6px 0', border: 'none', width }} /></div>",
      ');',
    );
    expect(await observe(cssApproach, 'src/separator.tsx', inline)).toEqual(['inline-style@2']);
    const wrapper = file(
      'export const Ellipsify = ({ children }) => (',
      "  <span style={{ textOverflow: 'ellipsis', overflow: 'hidden', whiteSpace: 'nowrap' }}>{children}</span>",
      ');',
    );
    expect(await observe(cssApproach, 'src/Ellipsify.tsx', wrapper)).toEqual([]);
    const mixed = file(
      "import './Dialog.scss';",
      'export const Dialog = () => <div className="Dialog" style={{ top: 0, left: 0, zIndex: 9 }} />;',
    );
    expect(await observe(cssApproach, 'src/Dialog.tsx', mixed)).toEqual(['global-css@1']);
  });

  it('leaves lookalikes and unclear files out', async () => {
    const cases: [string, string][] = [
      // entry stylesheet, package stylesheet
      ['src/main.tsx', "import './index.css';\nimport 'react-toastify/dist/ReactToastify.css';"],
      // semantic class names, Bootstrap utilities
      ['src/a.tsx', 'export const A = () => <div className="card card--active ToolIcon__icon" />;'],
      [
        'src/b.tsx',
        'export const B = () => <div className="d-flex justify-content-between mt-3 text-center" />;',
      ],
      // too few utility tokens, mostly semantic
      ['src/c.tsx', 'export const C = () => <div className="sidebar flex header footer panel" />;'],
      // one-off and computed inline styles, class names beside inline styles
      ['src/d.tsx', "export const D = () => <pre style={{ whiteSpace: 'pre-wrap' }} />;"],
      ['src/e.tsx', 'export const E = ({ w, h }) => <div style={{ width: w, height: h }} />;'],
      [
        'src/f.tsx',
        'export const F = () => <div className="Panel" style={{ top: 0, left: 0, zIndex: 1 }} />;',
      ],
      // two approaches at once
      ['src/g.tsx', "import styles from './g.module.css';\nimport styled from '@emotion/styled';"],
      // style-props library, React Native, type-only import
      [
        'src/h.tsx',
        "import { Box } from '@chakra-ui/react';\nexport const H = () => <Box style={{ a: 1, b: 2, c: 3 }} />;",
      ],
      [
        'src/i.tsx',
        "import { View } from 'react-native';\nexport const I = () => <View style={{ flex: 1, padding: 8, margin: 2 }} />;",
      ],
      ['src/j.ts', "import type { CSSObject } from '@emotion/react';"],
      // renderers that only take inline styles: Open Graph images, HTML e-mail
      [
        'app/og/route.tsx',
        "import { ImageResponse } from 'next/og';\nconst k = <div style={{ a: 1, b: 2, c: 3 }} />;",
      ],
      ['src/avatar.tsx', 'export const A = () => <Avatar style={{ a: 1, b: 2, c: 3 }} />;'],
      ['src/mailers/receipt.tsx', 'export const R = () => <td style={{ a: 1, b: 2, c: 3 }} />;'],
      [
        'emails/welcome.tsx',
        "import { Html } from '@react-email/components';\nconst k = <p style={{ a: 1, b: 2, c: 3 }} />;",
      ],
    ];
    for (const [path, source] of cases)
      expect(await observe(cssApproach, path, source)).toEqual([]);
  });

  it('describes the approach', () => {
    expect(
      cssApproach.describe({ variant: 'global-css', snippet: '', context: { detail: './a.scss' } }),
    ).toBe('imports the global stylesheet `./a.scss`');
    expect(cssApproach.describe({ variant: 'tailwind', snippet: '', context: null })).toBe(
      'styles itself with Tailwind utility classes',
    );
  });
});
