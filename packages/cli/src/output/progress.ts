import type { ScanProgress } from '@drift/core';
import { SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr for long commands, shown only on a terminal; redrawn at most
 * every 100 ms by cli-progress.
 */
export class ProgressBar {
  readonly #bar: SingleBar;
  #started = false;

  constructor() {
    this.#bar = new SingleBar({
      stream: process.stderr,
      format: '{phase} [{bar}] {value}/{total} files {file}',
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

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}
