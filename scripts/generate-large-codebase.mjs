#!/usr/bin/env node
// Writes a synthetic repository for benchmarks: N source files (TypeScript, Python, Go, JSON,
// Markdown mix) of 0.5–8 KB in nested folders, with a .gitignore, optionally a git repository.
//
//   node scripts/generate-large-codebase.mjs <dir> [--files 20000] [--git]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: 'string', default: '20000' },
    git: { type: 'boolean', default: false },
  },
});
const [dir] = positionals;
if (dir === undefined) {
  process.stderr.write('usage: generate-large-codebase.mjs <dir> [--files N] [--git]\n');
  process.exit(2);
}
const count = Number(values.files);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const kinds = [
  {
    ext: 'ts',
    weight: 0.55,
    line: (i) =>
      `export function handler${i}(input: string): number {\n  return input.length * ${i};\n}\n`,
  },
  {
    ext: 'py',
    weight: 0.15,
    line: (i) => `def handler_${i}(value):\n    return len(value) * ${i}\n\n`,
  },
  {
    ext: 'go',
    weight: 0.1,
    line: (i) => `func Handler${i}(v string) int {\n\treturn len(v) * ${i}\n}\n\n`,
  },
  { ext: 'json', weight: 0.1, line: (i) => `  "key${i}": ${i},\n` },
  {
    ext: 'md',
    weight: 0.1,
    line: (i) => `Paragraph ${i}: lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n`,
  },
];

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, '.gitignore'), 'dist/\n*.log\n');
let bytes = 0;
for (let i = 0; i < count; i += 1) {
  let pick = random();
  const kind = kinds.find((k) => (pick -= k.weight) < 0) ?? kinds[0];
  const folder = join(dir, 'src', `area${i % 40}`, `module${i % 400}`);
  mkdirSync(folder, { recursive: true });
  const target = 512 + Math.floor(random() * 7680);
  let body = kind.ext === 'json' ? '{\n' : '';
  for (let n = 0; body.length < target; n += 1) body += kind.line(n);
  if (kind.ext === 'json') body += '  "end": 0\n}\n';
  writeFileSync(join(folder, `file${i}.${kind.ext}`), body);
  bytes += body.length;
}
if (values.git) {
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'generated'],
    { cwd: dir },
  );
}
process.stdout.write(`${count} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${dir}\n`);
