import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { goErrorWrapping } from './go-error-wrapping.js';

describe('errors/go-error-wrapping', () => {
  it('tells wrapped from flattened errors', async () => {
    const source = [
      'package store',
      '',
      'import (',
      '\t"fmt"',
      '\t"github.com/pkg/errors"',
      ')',
      '',
      'func Load(id string) error {',
      '\tif err := open(id); err != nil {',
      '\t\treturn fmt.Errorf("open %s: %w", id, err)', // 10 wrapped
      '\t}',
      '\tif err := read(id); err != nil {',
      '\t\treturn fmt.Errorf("read %s: %v", id, err)', // 13 flattened
      '\t}',
      '\tif closeErr := close(id); closeErr != nil {',
      '\t\treturn fmt.Errorf("close: %s", closeErr.Error())', // 16 flattened
      '\t}',
      '\tif err := sync(id); err != nil {',
      '\t\treturn errors.Wrap(err, "sync")', // 19 wrapped
      '\t}',
      '\treturn fmt.Errorf(`missing %q: %+v`, id, ErrNotFound)', // 21 flattened
      '}',
    ].join('\n');
    expect(await observe(goErrorWrapping, 'store/load.go', source)).toEqual([
      'wrapped@10',
      'flattened@13',
      'flattened@16',
      'wrapped@19',
      'flattened@21',
    ]);
  });

  it('leaves Errorf without an error, odd formats and recovered values alone', async () => {
    const source = [
      'package store',
      '',
      'import (',
      '\t"errors"',
      '\t"fmt"',
      ')',
      '',
      'func Check(id string, errMsg string, n int) error {',
      '\tif n > 3 {',
      '\t\treturn fmt.Errorf("too many: %d", n)', // no error argument
      '\t}',
      '\tif id == "" {',
      '\t\treturn fmt.Errorf("bad: %s", errMsg)', // a string, not an error
      '\t}',
      '\tif err := run(); err != nil {',
      '\t\treturn fmt.Errorf("%[1]v", err)', // explicit index: neutral
      '\t}',
      '\treturn errors.New("x")', // standard errors has no Wrap
      '}',
      '',
      'func Safe() (e error) {',
      '\tdefer func() {',
      '\t\tif err := recover(); err != nil {',
      '\t\t\te = fmt.Errorf("%v", err)', // recovered value, not an error
      '\t\t}',
      '\t}()',
      '\treturn nil',
      '}',
    ].join('\n');
    expect(await observe(goErrorWrapping, 'store/check.go', source)).toEqual([]);
  });

  it('does not observe tests', async () => {
    const source =
      'package store\nimport "fmt"\nfunc f(err error) error { return fmt.Errorf("%v", err) }\n';
    expect(await observe(goErrorWrapping, 'store/load_test.go', source)).toEqual([]);
  });

  it('describes a flattened error', () => {
    expect(
      goErrorWrapping.describe({
        variant: 'flattened',
        snippet: '',
        context: { call: 'fmt.Errorf', verb: '%v' },
      }),
    ).toBe('formats the error with `%v` in `fmt.Errorf`, which drops its type for errors.Is/As');
  });
});
