import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileFacts, SourceRange } from '@drift/core';
import type { DriftClient, FileFactsRecord } from '@drift/engine';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT } from '../output/errors.js';
import type { Output } from '../output/output.js';
import { loadEngine } from '../lazy.js';
import { projectRoot } from '../project-root.js';

function flatten<T extends { readonly range: SourceRange }>(
  fact: T,
): Omit<T, 'range'> & SourceRange {
  const { range, ...rest } = fact;
  return { ...rest, ...range };
}

/**
 * The JSON shape of one file: root-relative path, language, and its facts with ranges
 * flattened to `startLine`, `startColumn`, `endLine`, `endColumn` (1-based).
 */
function toJson(record: FileFactsRecord): Record<string, unknown> {
  const facts: FileFacts | null = record.facts;
  return {
    path: record.path,
    language: record.language,
    parsed: facts !== null,
    errorCount: facts?.errorCount ?? 0,
    package: facts?.package ?? null,
    functions: facts?.functions.map(flatten) ?? [],
    classes: facts?.classes.map(flatten) ?? [],
    imports: facts?.imports ?? [],
    exports: facts?.exports ?? [],
    calls: facts?.calls ?? [],
    strings: facts?.strings ?? [],
  };
}

function summaryLine(output: Output, record: FileFactsRecord): string {
  const { dim, yellow } = output.color;
  const facts = record.facts;
  if (facts === null) return `${record.path} ${dim(`(${record.language}, not parsed)`)}`;
  const counts = `${facts.functions.length} functions, ${facts.classes.length} classes, ${facts.imports.length} imports, ${facts.calls.length} calls`;
  const errors = facts.errorCount > 0 ? yellow(`, ${facts.errorCount} syntax errors`) : '';
  return `${record.path} ${dim(`(${record.language}: ${counts}`)}${errors}${dim(')')}`;
}

function printDetails(output: Output, record: FileFactsRecord): void {
  const { bold, dim } = output.color;
  output.line(summaryLine(output, record));
  const facts = record.facts;
  if (facts === null) return;
  if (facts.package !== null) output.line(`  ${bold('package')}   ${facts.package}`);
  for (const c of facts.classes) {
    const heritage = [
      ...c.extends.map((e) => `extends ${e}`),
      ...c.implements.map((i) => `implements ${i}`),
    ].join(' ');
    output.line(
      `  ${bold(c.kind.padEnd(11))} ${c.qualifiedName} ${dim(`${c.range.startLine}–${c.range.endLine}`)} ${heritage}`.trimEnd(),
    );
  }
  for (const f of facts.functions) {
    const flags = [
      f.isExported ? 'exported' : '',
      f.isAsync ? 'async' : '',
      f.isStatic ? 'static' : '',
    ].filter((x) => x !== '');
    const params = f.parameters.map((p) => (p.rest ? `...${p.name}` : p.name)).join(', ');
    output.line(
      `  ${bold(f.kind.padEnd(11))} ${f.qualifiedName}(${params}) ${dim(`${f.range.startLine}–${f.range.endLine}${flags.length > 0 ? ` ${flags.join(' ')}` : ''}`)}`,
    );
  }
  for (const i of facts.imports) {
    const names = [
      i.defaultName,
      i.namespaceName === null ? null : `* as ${i.namespaceName}`,
      ...i.names.map((n) => (n.alias === null ? n.name : `${n.name} as ${n.alias}`)),
    ]
      .filter((n) => n !== null)
      .join(', ');
    output.line(
      `  ${bold('import'.padEnd(11))} ${i.module}${names === '' ? '' : ` ${dim(names)}`} ${dim(`line ${i.line}`)}`,
    );
  }
  for (const e of facts.exports) {
    output.line(
      `  ${bold('export'.padEnd(11))} ${e.alias ?? e.name}${e.module === null ? '' : ` from ${e.module}`} ${dim(e.kind)}`,
    );
  }
  for (const c of facts.calls) {
    const target = c.receiver === null ? c.callee : `${c.receiver}.${c.callee}`;
    output.line(
      `  ${bold('call'.padEnd(11))} ${c.isConstructor ? 'new ' : ''}${target}(${c.argumentCount}) ${dim(`line ${c.line} in ${c.enclosingFunction ?? '<module>'}`)}`,
    );
  }
  for (const s of facts.strings) {
    output.line(
      `  ${bold(s.kind.padEnd(11))} ${JSON.stringify(s.value)} ${dim(`line ${s.line}${s.context === null ? '' : ` via ${s.context}`}`)}`,
    );
  }
}

async function eachFile(
  client: DriftClient,
  folder: string,
  visit: (record: FileFactsRecord) => void,
): Promise<number> {
  let cursor: string | undefined;
  let count = 0;
  for (;;) {
    const page = client.queryFiles(folder, {
      limit: 100,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const entry of page.items) {
      visit(client.queryFileFacts(entry.path));
      count += 1;
    }
    if (page.nextCursor === null) return count;
    cursor = page.nextCursor;
    await Promise.resolve();
  }
}

/** `drift files [file-or-dir] [--json]`. */
export function registerFiles(program: Command): void {
  program
    .command('files')
    .description('show the facts drift.db holds for a file, or for every file under a folder')
    .argument('[path]', 'a file or folder of the project (default: the whole project)', '.')
    .option(
      '--json',
      'print an array of {path, language, functions, classes, imports, exports, calls, strings}',
    )
    .action(
      action(async ({ output, globals }, path: string) => {
        const { DriftClient } = await loadEngine();
        const client = await DriftClient.initialize({ projectRoot: projectRoot(globals, true) });
        try {
          const absolute = resolve(path);
          let isFolder = false;
          try {
            isFolder = statSync(absolute).isDirectory();
          } catch {
            isFolder = false;
          }
          if (!isFolder) {
            const record = client.queryFileFacts(absolute);
            if (output.json) output.data([toJson(record)]);
            else printDetails(output, record);
            return EXIT.ok;
          }
          if (output.json) {
            let first = true;
            output.line('[');
            await eachFile(client, absolute, (record) => {
              output.line(`${first ? '' : ','}${JSON.stringify(toJson(record))}`);
              first = false;
            });
            output.line(']');
          } else {
            const count = await eachFile(client, absolute, (record) =>
              output.line(summaryLine(output, record)),
            );
            if (count === 0) output.note(`no stored files under ${path}; run \`drift scan\``);
          }
          return EXIT.ok;
        } finally {
          await client.shutdown();
        }
      }),
    );
}
