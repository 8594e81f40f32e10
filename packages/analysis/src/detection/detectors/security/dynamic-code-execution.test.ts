import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { dynamicCodeExecution } from './dynamic-code-execution.js';

describe('security/dynamic-code-execution', () => {
  it('finds eval, Function, string timers and vm in TypeScript', async () => {
    const source = [
      'import vm from "node:vm";',
      'export function run(code: string, name: string) {',
      '  eval(code);', // 3
      '  window.eval(`return ${name}`);', // 4
      '  const f = new Function("a", code);', // 5
      '  const g = Function(`return ${name}`);', // 6
      '  setTimeout(`update(${name})`, 10);', // 7
      '  setInterval("tick(" + name + ")", 10);', // 8
      '  vm.runInNewContext(code, {});', // 9
      '  new vm.Script(code);', // 10
      '}',
    ].join('\n');
    expect(await observe(dynamicCodeExecution, 'src/run.ts', source)).toEqual([
      'eval@3',
      'eval@4',
      'function-constructor@5',
      'function-constructor@6',
      'string-timer@7',
      'string-timer@8',
      'vm@9',
      'vm@10',
    ]);
  });

  it('leaves literal code, function timers and lookalike methods alone in TypeScript', async () => {
    const source = [
      'export function run(callback: () => void, redis: Redis) {',
      "  const root = new Function('return this')();", // literal
      "  eval('1 + ' + '1');", // literals joined
      '  setTimeout(callback, 10);', // a function
      "  setTimeout(() => update('x'), 10);",
      '  redis.eval(script, 0);', // a method of something else
      '  parser.exec(text);',
      "  vm.runInThisContext('1 + 1');",
      '}',
    ].join('\n');
    expect(await observe(dynamicCodeExecution, 'src/run.js', source)).toEqual([]);
  });

  it('finds Python eval and exec of data, not of literals', async () => {
    const source = [
      'import ast',
      'def load(path, expr):',
      '    exec(compile(open(path).read(), path, "exec"), {})', // 3
      '    value = eval(expr)', // 4
      '    eval(f"compute({expr})")', // 5
      '    eval("1 + 1")', // literal: neutral
      '    ast.literal_eval(expr)', // safe: neutral
      '    self.eval(expr)', // a method: neutral
    ].join('\n');
    expect(await observe(dynamicCodeExecution, 'app/load.py', source)).toEqual([
      'exec@3',
      'eval@4',
      'eval@5',
    ]);
  });

  it('finds PHP eval, create_function and assert of strings', async () => {
    const source = [
      '<?php',
      'eval($code);', // 2
      "$f = create_function('$a', $body);", // 3
      'assert("$value > 0");', // 4
      'assert($value > 0);', // an assertion: neutral
      "eval('return 1;');", // literal: neutral
    ].join('\n');
    expect(await observe(dynamicCodeExecution, 'src/Runner.php', source)).toEqual([
      'eval@2',
      'create-function@3',
      'assert-string@4',
    ]);
  });

  it('finds Ruby eval and class_eval of strings, not blocks or heredocs', async () => {
    const source = [
      'eval(code)', // 1
      'class_eval("def #{name}() #{content}; end")', // 2
      'block.binding.eval(expr)', // 3
      'klass.class_eval do', // block: neutral
      '  def x; end',
      'end',
      'instance_eval(&block)', // block argument: neutral
      'class_eval <<-RUBY, __FILE__, __LINE__ + 1', // heredoc metaprogramming: neutral
      '  def #{name}; end',
      'RUBY',
      'eval "1 + 1"', // literal: neutral
      'redis.eval(script)', // another object: neutral
    ].join('\n');
    expect(await observe(dynamicCodeExecution, 'lib/app/base.rb', source)).toEqual([
      'eval@1',
      'class-eval@2',
      'eval@3',
    ]);
  });

  it('describes the construct', () => {
    expect(
      dynamicCodeExecution.describe({ variant: 'eval', snippet: 'eval(x)', context: null }),
    ).toBe('evaluates a string with `eval`');
    expect(
      dynamicCodeExecution.describe({
        variant: 'class-eval',
        snippet: '',
        context: { callee: 'instance_eval' },
      }),
    ).toBe('evaluates a string as code with `instance_eval`');
  });
});
