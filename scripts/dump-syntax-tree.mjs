#!/usr/bin/env node
// Prints a file's tree-sitter syntax tree with field names, to write queries and extractors.
//
//   node scripts/dump-syntax-tree.mjs <language> <file> [--depth N]
//   languages: python java kotlin csharp go rust php c cpp ruby
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const GRAMMARS = {
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  java: 'tree-sitter-java/tree-sitter-java.wasm',
  kotlin: '@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm',
  csharp: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
  rust: 'tree-sitter-rust/tree-sitter-rust.wasm',
  php: 'tree-sitter-php/tree-sitter-php.wasm',
  c: 'tree-sitter-c/tree-sitter-c.wasm',
  cpp: 'tree-sitter-cpp/tree-sitter-cpp.wasm',
  ruby: 'tree-sitter-ruby/tree-sitter-ruby.wasm',
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { depth: { type: 'string', default: '40' } },
});
const [language, file] = positionals;
if (language === undefined || file === undefined || !(language in GRAMMARS)) {
  process.stderr.write(
    `usage: dump-syntax-tree.mjs <${Object.keys(GRAMMARS).join('|')}> <file> [--depth N]\n`,
  );
  process.exit(2);
}
const require = createRequire(new URL('../packages/analysis/package.json', import.meta.url));
const { Parser, Language } = await import(require.resolve('web-tree-sitter'));
await Parser.init();
const parser = new Parser();
parser.setLanguage(await Language.load(require.resolve(GRAMMARS[language])));
const tree = parser.parse(readFileSync(file, 'utf8'));
const maxDepth = Number(values.depth);
const print = (node, depth, field) => {
  if (depth > maxDepth) return;
  const label = field === null ? '' : `${field}: `;
  const leaf = node.childCount === 0 ? ` ${JSON.stringify(node.text)}` : '';
  const where = `[${node.startPosition.row + 1}:${node.startPosition.column + 1}]`;
  process.stdout.write(
    `${'  '.repeat(depth)}${label}${node.isNamed ? node.type : JSON.stringify(node.type)}${leaf} ${where}\n`,
  );
  for (let i = 0; i < node.childCount; i += 1)
    print(node.child(i), depth + 1, node.fieldNameForChild(i));
};
print(tree.rootNode, 0, null);
tree.delete();
