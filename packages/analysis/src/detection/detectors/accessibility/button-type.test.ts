import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { buttonType } from './button-type.js';

describe('accessibility/button-type', () => {
  it('tells buttons with and without a type apart', async () => {
    const source = [
      'export const Toolbar = ({ kind }) => (',
      '  <form>',
      '    <button type="button" onClick={save}>Save</button>', // 3 explicit
      '    <button type={kind} />', // 4 explicit (computed)
      '    <button onClick={reset}>Reset</button>', // 5 implicit
      '    <button', // 6 implicit
      '      className="x"',
      '    />',
      '  </form>',
      ');',
    ].join('\n');
    expect(await observe(buttonType, 'src/toolbar.tsx', source)).toEqual([
      'explicit-type@3',
      'explicit-type@4',
      'implicit-type@5',
      'implicit-type@6',
    ]);
  });

  it('leaves spreads and button components out', async () => {
    const source = [
      'export const A = (props) => <button {...props} />;',
      'export const B = () => <Button onClick={go}>Go</Button>;',
      'export const C = () => <input type="submit" />;',
    ].join('\n');
    expect(await observe(buttonType, 'src/a.jsx', source)).toEqual([]);
  });
});
