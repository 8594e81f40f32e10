import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { messageStyle } from './message-style.js';

describe('logging/message-style', () => {
  it('tells interpolated from structured messages in TypeScript', async () => {
    const source = [
      'export function run(id: string, err: Error) {',
      '  logger.info(`loaded ${id}`);', // 2 interpolated
      "  this.logger.warn('loaded ' + id);", // 3 interpolated
      "  logger.info({ id }, 'loaded');", // 4 structured (pino)
      "  logger.info('loaded', { id });", // 5 structured (winston meta)
      "  log.debug('loaded %s', id);", // 6 structured (printf placeholders)
      "  logger.log('info', `loaded ${id}`);", // 7 interpolated after a level
      '  logger.error({ err }, `failed ${id}`);', // 8 interpolated wins
      "  logger.info('started');", // constant: neutral
      "  logger.error('failed', err);", // bare value: neutral
      "  logger.warn('a long message ' + 'split over two lines');", // constant pieces: neutral
      '  console.log(`debug ${id}`);', // console: not a logger
      '  dialog.info(`shown ${id}`);', // not a logger
      '}',
    ].join('\n');
    expect(await observe(messageStyle, 'src/run.ts', source)).toEqual([
      'interpolated@2',
      'interpolated@3',
      'structured@4',
      'structured@5',
      'structured@6',
      'interpolated@7',
      'interpolated@8',
    ]);
  });

  it('reads Python logging, loguru and structlog calls', async () => {
    const source = [
      'def run(id):',
      '    logger.info(f"loaded {id}")', // 2 interpolated
      '    logger.info("loaded {}".format(id))', // 3 interpolated
      '    logger.info("loaded %s" % id)', // 4 interpolated
      '    logger.info("loaded %s", id)', // 5 structured
      '    logger.info("loaded", extra={"id": id})', // 6 structured
      '    log.info("loaded", user_id=id)', // 7 structured (structlog)
      '    logging.warning("loaded " + id)', // 8 interpolated
      '    logger.exception("failed", exc_info=True)', // control keyword: neutral
      '    logger.info(f"constant")', // f-string without fields: neutral
      '    logger.info("started")', // neutral
      '    print(f"x {id}")', // not a logger
    ].join('\n');
    expect(await observe(messageStyle, 'app/run.py', source)).toEqual([
      'interpolated@2',
      'interpolated@3',
      'interpolated@4',
      'structured@5',
      'structured@6',
      'structured@7',
      'interpolated@8',
    ]);
  });

  it('reads Java and Kotlin logger calls', async () => {
    const java = [
      'class Service {',
      '  void run(String id, Exception e) {',
      '    log.info("loaded " + id);', // 3 interpolated
      '    log.info("loaded {}", id);', // 4 structured
      '    LOG.warn(String.format("loaded %s", id));', // 5 interpolated
      '    logger.error("failed {}", id, e);', // 6 structured
      '    log.info("started");', // neutral
      '    log.error("failed", e);', // neutral
      '    System.out.println("x " + id);', // console
      '  }',
      '}',
    ].join('\n');
    expect(await observe(messageStyle, 'src/main/java/Service.java', java)).toEqual([
      'interpolated@3',
      'structured@4',
      'interpolated@5',
      'structured@6',
    ]);
    const kotlin = [
      'fun run(id: String) {',
      '    log.info("loaded $id")', // 2 interpolated
      '    logger.info("loaded ${id.length}")', // 3 interpolated
      '    log.info("loaded {}", id)', // 4 structured
      '    logger.info { "loaded $id" }', // lazy lambda: neutral
      '    log.info("started")', // neutral
      '}',
    ].join('\n');
    expect(await observe(messageStyle, 'src/main/kotlin/Service.kt', kotlin)).toEqual([
      'interpolated@2',
      'interpolated@3',
      'structured@4',
    ]);
  });

  it('reads C# logger calls', async () => {
    const source = [
      'class Service {',
      '  void Run(string id, Exception ex) {',
      '    _logger.LogInformation($"Loaded {id}");', // 3 interpolated
      '    _logger.LogInformation("Loaded {Id}", id);', // 4 structured
      '    _logger.LogError(ex, "Failed " + id);', // 5 interpolated
      '    Log.Information("Loaded {@Order}", order);', // 6 structured (Serilog)
      '    _logger.LogInformation("Started");', // neutral
      '    _logger.LogInformation($"Started");', // no holes: neutral
      '    Console.WriteLine($"x {id}");', // console
      '  }',
      '}',
    ].join('\n');
    expect(await observe(messageStyle, 'src/Service.cs', source)).toEqual([
      'interpolated@3',
      'structured@4',
      'interpolated@5',
      'structured@6',
    ]);
  });

  it('reads Go logger calls', async () => {
    const source = [
      'package server',
      '',
      'func run(id string, err error) {',
      '\tlog.Printf("loaded %s", id)', // 4 interpolated
      '\tlogger.Info(fmt.Sprintf("loaded %s", id))', // 5 interpolated
      '\tslog.Info("loaded", "id", id)', // 6 structured
      '\tlogger.Info("loaded", zap.String("id", id))', // 7 structured
      '\ts.logger.Infow("loaded", "id", id)', // 8 structured
      '\tlog.WithFields(logrus.Fields{"id": id}).Info("loaded")', // 9 structured
      '\tsugar.Infof("loaded %s", id)', // not a recognised logger receiver
      '\tlog.Println("started")', // neutral
      '\tlogger.Error("a long message " + "split in two")', // constant pieces: neutral
      '\tfmt.Printf("x %s", id)', // console
      '}',
    ].join('\n');
    expect(await observe(messageStyle, 'server/run.go', source)).toEqual([
      'interpolated@4',
      'interpolated@5',
      'structured@6',
      'structured@7',
      'structured@8',
      'structured@9',
    ]);
  });

  it('describes the evidence', () => {
    expect(
      messageStyle.describe({
        variant: 'interpolated',
        snippet: '',
        context: { how: 'a template literal' },
      }),
    ).toBe('interpolates values into the log message with a template literal');
  });
});
