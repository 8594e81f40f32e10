import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { componentDefinition } from './component-definition.js';

describe('components/component-definition', () => {
  it('tells function declarations from functions bound to a const', async () => {
    const source = [
      'export function Button() {', // 1 declaration
      '  return <button />;',
      '}',
      'export default function Page() {', // 4 declaration
      '  return <main />;',
      '}',
      'export const Card = () => <div />;', // 7 arrow
      'const Row = function Row() {', // 8 function expression
      '  return <tr />;',
      '};',
      'export const Typed = (({ a }) => <b>{a}</b>) as Fn;', // 11 arrow through `as`
    ].join('\n');
    expect(await observe(componentDefinition, 'src/ui.tsx', source)).toEqual([
      'function-declaration@1',
      'function-declaration@4',
      'arrow-function@7',
      'arrow-function@8',
      'arrow-function@11',
    ]);
  });

  it('leaves wrapped, nested, class and non-rendering functions out', async () => {
    const source = [
      "import { forwardRef, memo } from 'react';",
      'export const Input = forwardRef((props, ref) => <input ref={ref} {...props} />);',
      'export const Item = memo(function Item() { return <li />; });',
      'export const Both = memo(forwardRef((props, ref) => <a ref={ref} />));',
      'export class Legacy extends Component { render() { return <div />; } }',
      'export const formatName = (user) => <b>{user.name}</b>;',
      'export const Config = () => ({ path: "/" });',
      'export default () => <div />;',
      'export function Page() {',
      '  const Header = () => <h1 />;',
      '  return null;',
      '}',
    ].join('\n');
    expect(await observe(componentDefinition, 'src/ui.jsx', source)).toEqual([]);
  });
});
