import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { swallowedException } from './swallowed-exception.js';

describe('errors/swallowed-exception', () => {
  it('tells handled from swallowed errors in TypeScript', async () => {
    const source = [
      'export function load() {',
      '  try { run(); } catch (error) { logger.error(error); }', // 2 handled
      '  try { run(); } catch (error) { throw new LoadError(error); }', // 3 handled
      '  try { run(); } catch (error) {}', // 4 swallowed
      '  try { run(); } catch {', // 5 swallowed, optional binding
      '  }',
      '  try { run(); } catch {', // comment only: neutral
      '    // the cache is optional',
      '  }',
      '  try { run(); } catch (_error) {}', // named to be ignored: neutral
      '  try { run(); } catch (ignored) {}', // named to be ignored: neutral
      '  try { run(); } catch {} // not fatal', // trailing comment: neutral
      '  try { run(); } finally { done(); }', // no catch
      '  promise.catch(() => {});', // not a catch clause
      '  try { run(); } catch (error) {', // 15 handled
      '    try { rollback(); } catch (rollbackError) {}', // nested cleanup: neutral
      '    throw error;',
      '  } finally {',
      '    try { close(); } catch {}', // in finally: neutral
      '  }',
      '}',
    ].join('\n');
    expect(await observe(swallowedException, 'src/load.ts', source)).toEqual([
      'handled@2',
      'handled@3',
      'swallowed@4',
      'swallowed@5',
      'handled@15',
    ]);
  });

  it('reads Python except clauses', async () => {
    const source = [
      'def load():',
      '    try:',
      '        run()',
      '    except ValueError as error:', // 4 handled
      '        logger.warning("bad: %s", error)',
      '    except KeyError:', // specific type: neutral
      '        pass',
      '    except (OSError, Exception):', // 8 swallowed: catches everything
      '        ...',
      '    except BaseException:', // comment before pass: neutral
      '        # the value is optional',
      '        pass',
      '    except Exception:', // trailing comment: neutral
      '        pass  # already gone',
      '    except Exception:', // 15 handled (return)',
      '        return None',
      '    try:',
      '        run()',
      '    except:', // 19 swallowed: bare except
      '        pass',
      '    finally:',
      '        try:',
      '            close()',
      '        except Exception:', // in finally: neutral
      '            pass',
    ].join('\n');
    expect(await observe(swallowedException, 'app/load.py', source)).toEqual([
      'handled@4',
      'swallowed@8',
      'handled@15',
      'swallowed@19',
    ]);
  });

  it('reads Java, Kotlin, C# and PHP catch clauses', async () => {
    const java = [
      'class Loader {',
      '  void load() {',
      '    try { run(); } catch (IOException e) { log.warn("io", e); }', // 3 handled
      '    try { run(); } catch (Exception e) { }', // 4 swallowed
      '    try { run(); } catch (Exception e) { /* best effort */ }', // neutral
      '    try { run(); } catch (InterruptedException ignored) { }', // neutral
      '    try { run(); } catch (NumberFormatException e) { }', // specific type: neutral
      '    try { run(); } catch (IOException | RuntimeException e) { }', // 8 swallowed
      '  }',
      '}',
    ].join('\n');
    expect(await observe(swallowedException, 'src/main/java/Loader.java', java)).toEqual([
      'handled@3',
      'swallowed@4',
      'swallowed@8',
    ]);
    const kotlin = [
      'fun load() {',
      '  try { run() } catch (e: IOException) { log.warn("io", e) }', // 2 handled
      '  try { run() } catch (e: Exception) { }', // 3 swallowed
      '  try { run() } catch (_: Exception) { }', // neutral
      '  try { run() } catch (e: Exception) { /* best effort */ }', // neutral
      '  try { run() } catch (e: NumberFormatException) { }', // specific type: neutral
      '}',
    ].join('\n');
    expect(await observe(swallowedException, 'src/main/kotlin/Loader.kt', kotlin)).toEqual([
      'handled@2',
      'swallowed@3',
    ]);
    const csharp = [
      'class Loader {',
      '  void Load() {',
      '    try { Run(); } catch (IOException e) { _logger.LogWarning(e, "io"); }', // 3 handled
      '    try { Run(); } catch { }', // 4 swallowed
      '    try { Run(); } catch (FormatException) { }', // specific type: neutral
      '    try { Run(); } catch (Exception) {', // neutral
      '      // best effort',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(swallowedException, 'src/Loader.cs', csharp)).toEqual([
      'handled@3',
      'swallowed@4',
    ]);
    const php = [
      '<?php',
      'try { run(); } catch (RuntimeException $e) { $this->logger->warning($e); }', // 2 handled
      'try { run(); } catch (Exception $e) { }', // 3 swallowed
      'try { run(); } catch (Exception $ignored) { }', // neutral
      'try { run(); } catch (JsonException $e) { }', // specific type: neutral
      'try { run(); } catch (\\Throwable $e) { }', // 6 swallowed
      'try { run(); } catch (Exception $e) { // best effort', // neutral
      '}',
    ].join('\n');
    expect(await observe(swallowedException, 'src/Loader.php', php)).toEqual([
      'handled@2',
      'swallowed@3',
      'swallowed@6',
    ]);
  });

  it('leaves an empty handler after a probe that computes a value out, not one after a call', async () => {
    const typescript = [
      'export function now(): number {',
      '  try {',
      '    return performance.now();',
      '  } catch {}', // 4 probe: neutral
      '  try {',
      '    store = probe();',
      '    const ok = store !== undefined;',
      '  } catch (e) {}', // 8 probe: neutral
      '  try {',
      '    cache.delete(key);',
      '  } catch {}', // 11 swallowed
      '  try {',
      '    const a = load();',
      '    const b = parse(a);',
      '    save(b);',
      '  } catch {}', // 16 swallowed: three statements
      '  return Date.now();',
      '}',
    ].join('\n');
    expect(await observe(swallowedException, 'src/clock.ts', typescript)).toEqual([
      'swallowed@11',
      'swallowed@16',
    ]);
    const python = [
      'def load():',
      '    try:',
      '        value = json.loads(raw)',
      '    except Exception:', // 4 probe: neutral
      '        pass',
      '    try:',
      '        cache.delete(key)',
      '    except Exception:', // 8 swallowed
      '        pass',
    ].join('\n');
    expect(await observe(swallowedException, 'app/load.py', python)).toEqual(['swallowed@8']);
  });

  it('reads Ruby rescue clauses', async () => {
    const source = [
      'def load',
      '  run',
      'rescue ArgumentError => e', // 3 handled
      '  logger.warn(e.message)',
      'rescue IOError', // specific type: neutral
      'rescue StandardError', // neutral: commented
      '  # already gone',
      'rescue', // 8 swallowed: bare rescue
      'end',
      'value = run rescue nil', // modifier: neutral
    ].join('\n');
    expect(await observe(swallowedException, 'lib/loader.rb', source)).toEqual([
      'handled@3',
      'swallowed@8',
    ]);
  });

  it('does not observe generated or vendored files', async () => {
    const source = '/* eslint-disable */\ntry { run(); } catch (e) {}';
    expect(await observe(swallowedException, 'src/vendor-bindings.ts', source)).toEqual([]);
  });

  it('does not observe tests', async () => {
    expect(
      await observe(swallowedException, 'src/load.test.ts', 'try { run(); } catch (e) {}'),
    ).toEqual([]);
  });

  it('describes a swallowed error', () => {
    expect(swallowedException.describe({ variant: 'swallowed', snippet: '', context: null })).toBe(
      'swallows every error with an empty handler',
    );
  });
});
