import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { componentStyle } from './component-style.js';

describe('components/component-style', () => {
  it('tells function components from class components', async () => {
    const source = [
      "import React, { Component, PureComponent } from 'react';",
      'export function Button() {', // 2 function
      '  return <button />;',
      '}',
      'export const Card = ({ title }) => <div>{title}</div>;', // 5 function
      'const Row = function () {', // 6 function
      '  return cond ? <tr /> : null;',
      '};',
      'export const Memo = React.memo(() => <span />);', // 9 function (wrapped)
      'export class Legacy extends React.Component {', // 10 class
      '  render() { return <div />; }',
      '}',
      'class Pure extends PureComponent {', // 13 class
      '  render() { return <p />; }',
      '}',
      'export default class Bare extends Component {}', // 16 class
    ].join('\n');
    expect(await observe(componentStyle, 'src/ui.jsx', source)).toEqual([
      'function@2',
      'function@5',
      'function@6',
      'function@9',
      'class@10',
      'class@13',
      'class@16',
    ]);
  });

  it('leaves error boundaries, non-components and non-React classes out', async () => {
    const source = [
      "import { Component } from 'react';",
      'export class ErrorBoundary extends Component {',
      '  static getDerivedStateFromError() { return { failed: true }; }',
      '  render() { return <div />; }',
      '}',
      'class Catcher extends Component {',
      '  componentDidCatch(error) { report(error); }',
      '  render() { return <div />; }',
      '}',
      'export function Helper() { return 42; }', // PascalCase, no JSX
      'export function renderRow() { return <tr />; }', // camelCase
      'export function List() { return items.map((i) => <li>{i}</li>); }', // JSX only in a callback
      'export const API = () => <div />;', // no lower-case letter
      'function Outer() {',
      '  function Inner() { return <i />; }', // nested
      '  return Inner;',
      '}',
    ].join('\n');
    expect(await observe(componentStyle, 'src/boundary.tsx', source)).toEqual([]);
  });

  it('needs a React import for class components and ignores stories', async () => {
    const game = 'export class Player extends Component {}';
    expect(await observe(componentStyle, 'src/game.ts', game)).toEqual([]);
    const story = 'export const Primary = () => <Button primary />;';
    expect(await observe(componentStyle, 'src/Button.stories.tsx', story)).toEqual([]);
  });

  it('describes the component', () => {
    expect(
      componentStyle.describe({ variant: 'class', snippet: '', context: { component: 'App' } }),
    ).toBe('`App` is a class component');
  });
});
