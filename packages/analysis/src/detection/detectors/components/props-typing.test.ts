import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { propsTyping } from './props-typing.js';

describe('components/props-typing', () => {
  it('tells named, inline, React.FC and untyped props apart', async () => {
    const source = [
      "import React, { forwardRef, type FC } from 'react';",
      'export function Button(props: ButtonProps) {', // 2 named
      '  return <button />;',
      '}',
      'export const Card = ({ title }: CardProps) => <div>{title}</div>;', // 5 named
      'export const Tag = ({ label }: { label: string }) => <span>{label}</span>;', // 6 inline
      'export const Badge: React.FC<BadgeProps> = ({ text }) => <i>{text}</i>;', // 7 fc
      'export const Chip: FC<{ text: string }> = ({ text }) => <i>{text}</i>;', // 8 fc
      'export function Row({ cells }) {', // 9 untyped
      '  return <tr>{cells}</tr>;',
      '}',
      'export const Field = forwardRef<HTMLInputElement, FieldProps>((props, ref) => (', // 12 named
      '  <input ref={ref} {...props} />',
      '));',
      'export const Wide = (props: Readonly<BaseProps & ExtraProps>) => <div />;', // 15 named
      "export const Grid = (props: GridProps & React.ComponentProps<'ul'>) => <ul />;", // 16 named
      'export const Item = (props: { a: string } & { b: number }) => <li />;', // 17 inline
      'export const Wrap = ({ children }: PropsWithChildren<{ gap: number }>) => <div />;', // 18 inline
    ].join('\n');
    expect(await observe(propsTyping, 'src/ui.tsx', source)).toEqual([
      'named-type@2',
      'named-type@5',
      'inline-type@6',
      'fc-generic@7',
      'fc-generic@8',
      'untyped@9',
      'named-type@12',
      'named-type@15',
      'named-type@16',
      'inline-type@17',
      'inline-type@18',
    ]);
  });

  it('leaves components without props, mixed types and other files out', async () => {
    const source = [
      'export function Logo() { return <svg />; }', // no props
      'export const Empty: React.FC = () => <hr />;', // FC without props
      'export const Mixed = (props: BaseProps & { extra: string }) => <div />;', // mixed
      'export const Loose = (props: any) => <div />;', // any
      'export const Ctx: ComponentType<P> = (props) => <div />;', // contextually typed
      'export function helper(props: Props) { return <div />; }', // not a component
      "export const Extend = (p: { inset?: boolean } & ComponentProps<'div'>) => <div />;", // idiom
      'const Local = ({ size }: { size: number }) => <i />;', // not exported
      "export const Icon = (props: React.ComponentProps<'svg'>) => <svg {...props} />;", // React's
      'export const Cell = (props: TdHTMLAttributes<HTMLTableCellElement>) => <td />;', // React's
    ].join('\n');
    expect(await observe(propsTyping, 'src/ui.tsx', source)).toEqual([]);
    const plain = 'export function Row({ cells }) { return <tr>{cells}</tr>; }';
    expect(await observe(propsTyping, 'src/row.jsx', plain)).toEqual([]);
  });

  it('describes the typing', () => {
    expect(
      propsTyping.describe({
        variant: 'named-type',
        snippet: '',
        context: { component: 'Button', type: '`ButtonProps`' },
      }),
    ).toBe('`Button` types its props with `ButtonProps`');
    expect(
      propsTyping.describe({ variant: 'untyped', snippet: '', context: { component: 'Row' } }),
    ).toBe('`Row` leaves its props untyped');
  });
});
