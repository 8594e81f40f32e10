import type { ScanProgress } from '@drift/core';
import cliProgress, { type Options, type Params } from 'cli-progress';

// cli-progress is CommonJS: only its default export is reliably importable from ESM.
const { Format, SingleBar } = cliProgress;

/**
 * A progress bar on stderr for long commands, shown only on a terminal; redrawn at most
 * every 100 ms by cli-progress.
 */
export class ProgressBar {
  readonly #bar: cliProgress.SingleBar;
  #started = false;

  constructor() {
    this.#bar = new SingleBar({
      stream: process.stderr,
      format: formatLine,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      barCompleteChar: '#',
      barIncompleteChar: '-',
      fps: 10,
    });
  }

  update(progress: ScanProgress): void {
    const file = progress.currentFile === undefined ? '' : truncate(progress.currentFile, 40);
    const payload = { phase: progress.phase.padEnd(9), file };
    if (!this.#started) {
      this.#bar.start(progress.total, progress.processed, payload);
      this.#started = true;
      return;
    }
    this.#bar.setTotal(progress.total);
    this.#bar.update(progress.processed, payload);
  }

  stop(): void {
    if (this.#started) this.#bar.stop();
  }
}

/** Discovery has no total yet, so it shows a count; later phases show a bar. */
function formatLine(
  options: Options,
  params: Params,
  payload: { phase: string; file: string },
): string {
  if (payload.phase.trim() === 'discovery') return `discovering files… ${params.value}`;
  const bar = Format.BarFormat(params.progress, options);
  return `${payload.phase} [${bar}] ${params.value}/${params.total} files ${payload.file}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}
