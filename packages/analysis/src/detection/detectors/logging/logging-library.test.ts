import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { loggingLibrary } from './logging-library.js';

describe('logging/logging-library', () => {
  it('names the logging library of a TypeScript or JavaScript file', async () => {
    expect(
      await observe(
        loggingLibrary,
        'src/server.ts',
        "import pino from 'pino';\nimport x from 'y';",
      ),
    ).toEqual(['pino@1']);
    expect(
      await observe(loggingLibrary, 'src/app.js', "const winston = require('winston');"),
    ).toEqual(['winston@1']);
    expect(
      await observe(loggingLibrary, 'src/db.ts', "import createDebug from 'debug';\n"),
    ).toEqual(['debug@1']);
    // Other modules called debug, and transports, are not logging libraries.
    expect(
      await observe(
        loggingLibrary,
        'src/db.ts',
        "import { debug } from './debug';\nimport { debuglog } from 'node:util';\nimport 'winston-daily-rotate-file';",
      ),
    ).toEqual([]);
  });

  it('observes one library per file and skips files bridging two', async () => {
    expect(
      await observe(
        loggingLibrary,
        'src/a.ts',
        "import pino from 'pino';\nimport type { Logger } from 'pino';",
      ),
    ).toEqual(['pino@1']);
    expect(
      await observe(
        loggingLibrary,
        'app/log_setup.py',
        'import logging\nfrom loguru import logger\n',
      ),
    ).toEqual([]);
  });

  it('reads Python, Go, Java, Kotlin, C#, Rust and PHP imports', async () => {
    expect(await observe(loggingLibrary, 'app/views.py', 'import os\nimport structlog\n')).toEqual([
      'structlog@2',
    ]);
    expect(await observe(loggingLibrary, 'app/views.py', 'import logging.handlers\n')).toEqual([]);
    expect(
      await observe(
        loggingLibrary,
        'server/server.go',
        'package server\nimport (\n\t"fmt"\n\t"go.uber.org/zap"\n)\n',
      ),
    ).toEqual(['zap@4']);
    expect(
      await observe(
        loggingLibrary,
        'server/errlog.go',
        'package server\nimport "log"\nfunc f() *log.Logger { return log.New(w, "", 0) }\n',
      ),
    ).toEqual([]);
    expect(
      await observe(
        loggingLibrary,
        'server/run.go',
        'package server\nimport "log"\nfunc f() { log.Printf("x") }\n',
      ),
    ).toEqual(['log@2']);
    expect(
      await observe(
        loggingLibrary,
        'src/main/java/App.java',
        'import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nclass App {}',
      ),
    ).toEqual(['slf4j@1']);
    expect(
      await observe(
        loggingLibrary,
        'src/main/java/App.java',
        'import lombok.extern.slf4j.Slf4j;\n@Slf4j\nclass App {}',
      ),
    ).toEqual(['slf4j@1']);
    expect(
      await observe(loggingLibrary, 'src/main/kotlin/App.kt', 'import mu.KotlinLogging\n'),
    ).toEqual(['kotlin-logging@1']);
    expect(
      await observe(loggingLibrary, 'src/Service.cs', 'using System;\nusing Serilog;\n'),
    ).toEqual(['Serilog@2']);
    expect(
      await observe(loggingLibrary, 'src/walk.rs', 'fn f() {\n    log::debug!("x");\n}\n'),
    ).toEqual(['log@2']);
    expect(
      await observe(
        loggingLibrary,
        'src/Service.php',
        '<?php\nuse Psr\\Log\\LoggerInterface;\nuse Monolog\\Level;\n',
      ),
    ).toEqual(['PSR-3@2']);
  });

  it('does not observe tests', async () => {
    expect(await observe(loggingLibrary, 'src/a.test.ts', "import pino from 'pino';")).toEqual([]);
  });
});
