import type { Command } from 'commander';
import { action } from '../action.js';
import { withClient } from '../client.js';
import { createTable } from '../lazy.js';
import { EXIT, UsageError } from '../output/errors.js';
import { formatCount } from '../output/format.js';

const VIEWS = ['modules', 'cycles', 'hotspots', 'unused-exports'] as const;
type View = (typeof VIEWS)[number];

/** `drift coupling [modules|cycles|hotspots|unused-exports]`. */
export function registerCoupling(program: Command): void {
  program
    .command('coupling')
    .description(
      "module coupling: Martin's metrics per module, dependency cycles with cuts, hotspots, unused exports",
    )
    .argument('[view]', `one of ${VIEWS.join(', ')}`, 'modules')
    .option('--json', 'print the whole coupling report as JSON')
    .action(
      action(async ({ output, globals }, view: string) => {
        if (!VIEWS.includes(view as View))
          throw new UsageError(`${view} is not one of ${VIEWS.join(', ')}`);
        const report = await withClient(globals, (client) => client.analyzeCoupling());
        if (output.json) {
          output.data(report);
          return EXIT.ok;
        }
        if (view === 'modules') {
          const table = await createTable(
            ['module', 'Ca', 'Ce', 'I', 'A', 'D'],
            output.color.isColorSupported,
            ['left', 'right', 'right', 'right', 'right', 'right'],
          );
          for (const m of [...report.modules].sort((a, b) => b.distance - a.distance)) {
            table.push([
              m.module,
              String(m.afferent),
              String(m.efferent),
              m.instability.toFixed(2),
              m.abstractness.toFixed(2),
              m.distance.toFixed(2),
            ]);
          }
          output.line(table.toString());
          output.note(
            'Ca afferent, Ce efferent coupling, I instability, A abstractness, D distance from the main sequence',
          );
        } else if (view === 'cycles') {
          for (const cycle of report.fileCycles) {
            output.line(
              `cycle of ${formatCount(cycle.members.length)} files: ${cycle.members.join(', ')}`,
            );
            for (const cut of cycle.cut) {
              const names = [...new Set(cut.imports.flatMap((i) => i.names))].join(', ');
              output.line(`  cut ${cut.from} → ${cut.to}${names === '' ? '' : ` [${names}]`}`);
            }
          }
          output.note(`${formatCount(report.fileCycles.length)} file cycles`);
        } else if (view === 'hotspots') {
          for (const h of report.hotspots)
            output.line(
              `${String(h.score).padStart(6)}  ${h.path}  ${output.color.dim(h.reasons.join('; '))}`,
            );
        } else {
          for (const u of report.unusedExports) output.line(`${u.path}: ${u.names.join(', ')}`);
          output.note(
            `${formatCount(report.unusedExports.reduce((n, u) => n + u.names.length, 0))} unused exports in ${formatCount(report.unusedExports.length)} files`,
          );
        }
        return EXIT.ok;
      }),
    );
}
