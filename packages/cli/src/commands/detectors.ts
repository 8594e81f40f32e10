import type { DetectorInfo } from '@drift/engine';
import type { Command } from 'commander';
import { action } from '../action.js';
import { withClient } from '../client.js';
import { createTable } from '../lazy.js';
import { EXIT } from '../output/errors.js';
import { formatCount } from '../output/format.js';

/** `drift detectors`, `drift detectors enable <id>`. */
export function registerDetectors(program: Command): void {
  const detectors = program
    .command('detectors')
    .description('list the detectors: category, mode, severity, languages, state and health')
    .option('--json', 'print the detectors as a JSON array')
    .action(
      action(async ({ output, globals }) => {
        const list = await withClient(globals, (client) => client.queryDetectors());
        if (output.json) {
          output.data(list);
          return EXIT.ok;
        }
        const table = await createTable(
          ['detector', 'mode', 'severity', 'languages', 'state', 'violations', 'dismissed'],
          output.color.isColorSupported,
          ['left', 'left', 'left', 'left', 'left', 'right', 'right'],
        );
        for (const d of list) {
          table.push([
            d.id,
            d.mode,
            d.severity,
            languages(d),
            d.state === 'enabled' ? d.state : output.color.yellow(d.state),
            formatCount(d.violations),
            formatCount(d.dismissals),
          ]);
        }
        output.line(table.toString());
        return EXIT.ok;
      }),
    );

  detectors
    .command('enable')
    .description('re-enable a detector its dismissal rate disabled')
    .argument('<id>', 'detector id, e.g. errors/thrown-type')
    .option('--json', 'print the detector as JSON')
    .action(
      action(async ({ output, globals }, id: string) => {
        const detector = await withClient(globals, (client) => client.enableDetector(id));
        if (output.json) output.data(detector);
        else output.line(`enabled ${detector.id}`);
        return EXIT.ok;
      }),
    );
}

function languages(detector: DetectorInfo): string {
  const all = detector.languages;
  return all.length > 4
    ? `${all.slice(0, 4).join(', ')} +${String(all.length - 4)}`
    : all.join(', ');
}
