import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkFiles,
  createPathFilter,
  discoverFiles,
  loadParsers,
  loadedParser,
} from '@drift/analysis';
const root = process.argv[2];
const filter = createPathFilter(root, []);
const { files } = checkFiles(root, discoverFiles(root, filter).paths, {
  followSymlinks: false,
  filter,
});
const tsFiles = files.filter((f) => f.language === 'typescript');
const texts = tsFiles.map((f) => [f.path, readFileSync(join(root, f.path), 'utf8')]);
const bytes = texts.reduce((s, [, t]) => s + Buffer.byteLength(t), 0);
await loadParsers(['typescript']);
const p = loadedParser('typescript');
for (let run = 0; run < 5; run++) {
  const t = performance.now();
  for (const [path, text] of texts) p.parse(path, text);
  const extract = performance.now() - t;
  console.log(
    `parse+extract ${extract.toFixed(0)} ms (${(bytes / 1048576 / (extract / 1000)).toFixed(1)} MB/s)`,
  );
}
