import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { consoleVsLogger } from './console-vs-logger.js';

describe('logging/console-vs-logger', () => {
  it('tells logger calls from console calls in TypeScript', async () => {
    const source = [
      "logger.info('started');", // 1 logger
      "this.logger.error({ err }, 'failed');", // 2 logger
      "console.log('debug', value);", // 3 console
      "console.error('oops');", // 4 console
      "log.warn('careful');", // 5 logger
      "catalog.info('not a logger');", // not a logger
      'console.assert(ok);', // not a print
      "dialog.error('shown to the user');", // not a logger
    ].join('\n');
    expect(await observe(consoleVsLogger, 'src/server.ts', source)).toEqual([
      'logger@1',
      'logger@2',
      'console@3',
      'console@4',
      'logger@5',
    ]);
  });

  it('skips command-line files and the logger module itself', async () => {
    expect(await observe(consoleVsLogger, 'src/cli/run.ts', "console.log('usage');")).toEqual([]);
    expect(await observe(consoleVsLogger, 'src/logger.ts', "console.log('x');")).toEqual([]);
    expect(await observe(consoleVsLogger, 'src/cli.ts', "console.log('usage');")).toEqual([]);
  });

  it('reads Python, Java, Go, C#, Rust and Ruby', async () => {
    expect(
      await observe(
        consoleVsLogger,
        'app/views.py',
        'logger.info("a")\nprint("b")\nlogging.warning("c")\nself._log.debug("d")\n',
      ),
    ).toEqual(['logger@1', 'console@2', 'logger@3', 'logger@4']);
    expect(
      await observe(
        consoleVsLogger,
        'src/main/java/App.java',
        'class App { void f() {\nSystem.out.println("a");\nLOG.info("b");\nlogger.debug("c");\n} }',
      ),
    ).toEqual(['console@2', 'logger@3', 'logger@4']);
    expect(
      await observe(
        consoleVsLogger,
        'server/server.go',
        'package server\nfunc f() {\nfmt.Println("a")\nlog.Printf("b")\nslog.Info("c")\nfmt.Sprintf("d")\n}',
      ),
    ).toEqual(['console@3', 'logger@4', 'logger@5']);
    expect(
      await observe(
        consoleVsLogger,
        'src/Service.cs',
        'class S { void F() {\nConsole.WriteLine("a");\n_logger.LogInformation("b");\n} }',
      ),
    ).toEqual(['console@2', 'logger@3']);
    expect(
      await observe(
        consoleVsLogger,
        'src/server.rs',
        'fn f() {\nprintln!("a");\ninfo!("b");\nlog::warn!("c");\n}',
      ),
    ).toEqual(['console@2', 'logger@3', 'logger@4']);
    expect(
      await observe(consoleVsLogger, 'app/models/user.rb', 'puts "a"\nRails.logger.info("b")\n'),
    ).toEqual(['console@1', 'logger@2']);
  });

  it('ignores tests and scripts', async () => {
    expect(await observe(consoleVsLogger, 'src/a.test.ts', "console.log('x');")).toEqual([]);
    expect(await observe(consoleVsLogger, 'scripts/release.ts', "console.log('x');")).toEqual([]);
  });
});
