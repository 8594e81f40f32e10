import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { labelAssociation } from './label-association.js';

describe('accessibility/label-association', () => {
  it('reports controls without an accessible name', async () => {
    const source = [
      'export const Form = () => (',
      '  <form>',
      '    <input type="text" name="q" />', // 3
      '    <input placeholder="Email" />', // 4 placeholder only
      '    <textarea rows={3}></textarea>', // 5
      '    <select name="size"><option>S</option></select>', // 6
      '    <input id="orphan" />', // 7 no label points at it
      '    <label htmlFor="other">Other</label>',
      '  </form>',
      ');',
    ].join('\n');
    expect(await observe(labelAssociation, 'src/form.tsx', source)).toEqual([
      'unlabelled@3',
      'unlabelled@4',
      'unlabelled@5',
      'unlabelled@6',
      'unlabelled@7',
    ]);
  });

  it('accepts labels, ARIA names and neutral controls', async () => {
    const source = [
      "import styled from 'styled-components';",
      'export const Form = ({ id, props }) => (',
      '  <form>',
      '    <input id="email" />', // label below points at it
      '    <label htmlFor="email">Email</label>',
      '    <label>Name <input name="name" /></label>',
      '    <label><span>Remember</span><input type="checkbox" /></label>',
      '    <Label htmlFor="city">City</Label>',
      '    <input id="city" />',
      '    <FormLabel>Age <input type="number" /></FormLabel>',
      '    <Option><input type="checkbox" /><span>Private</span></Option>',
      '    <input aria-label="Search" />',
      '    <input aria-labelledby="heading" />',
      '    <input title="Quantity" />',
      '    <input type="hidden" name="token" />',
      '    <input type="submit" />',
      '    <input type={kind} />',
      '    <input type="file" hidden />',
      '    <input type="file" style={{ display: "none" }} />',
      '    <input aria-hidden="true" />',
      '    <input type="file" tabIndex={-1} ref={picker} />',
      '    <input type="file" className="hidden" />',
      '    <input {...props} />',
      '    <input id={id} />',
      '    <Input name="styled" />',
      '  </form>',
      ');',
      'const Option = styled.label`display: flex;`;',
    ].join('\n');
    expect(await observe(labelAssociation, 'src/form.tsx', source)).toEqual([]);
  });

  it('describes the control', () => {
    expect(
      labelAssociation.describe({
        variant: 'unlabelled',
        snippet: '',
        context: { tag: 'input', placeholder: true },
      }),
    ).toBe('`<input>` has only a placeholder, no label');
  });
});
