/**
 * What a file is for, judged from its path and its first lines: conventions are learned from `source` files, test
 * conventions from `test` files, and the other roles are left out of most detectors because
 * their code follows other rules (a CLI script prints with `console.log`, a fixture breaks
 * conventions on purpose, generated code follows its generator).
 */
export type FileRole = 'source' | 'test' | 'fixture' | 'example' | 'script' | 'generated';

/** Every {@link FileRole}. */
export const FILE_ROLES: readonly FileRole[] = [
  'source',
  'test',
  'fixture',
  'example',
  'script',
  'generated',
];

const FIXTURE_DIRS = new Set([
  'fixtures',
  'fixture',
  '__fixtures__',
  '__mocks__',
  '__snapshots__',
  'testdata',
  'test-data',
  'test_data',
  'mocks',
  'stubs',
]);
const TEST_DIRS = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'e2e',
  'integration-tests',
  'test-utils',
  'testing',
  'testutils',
]);
const EXAMPLE_DIRS = new Set([
  'examples',
  'example',
  'samples',
  'sample',
  'demo',
  'demos',
  'docs',
  'doc',
  'documentation',
  'benchmarks',
  'benchmark',
  'bench',
  'playground',
  'sandbox',
  'tutorial',
  'tutorials',
  'docs_src',
]);
const SCRIPT_DIRS = new Set([
  'scripts',
  'script',
  'bin',
  'tools',
  'tasks',
  '.github',
  'build-tools',
  'build',
]);
const GENERATED_DIRS = new Set([
  'migrations',
  'migration',
  'generated',
  '__generated__',
  'gen',
  'dist',
]);

/** Test files by name, for every language Drift parses. */
const TEST_FILE =
  /(?:\.(?:test|spec|e2e-spec|e2e|cy)\.[cm]?[jt]sx?$|_test\.(?:go|py|rb|exs?)$|^test_[^/]*\.py$|^conftest\.py$|(?:Tests?|IT|Spec)\.(?:java|kt|cs|php|scala)$|_spec\.rb$|Test\.swift$)/;
/** Generated files by name. */
const GENERATED_FILE =
  /(?:\.d\.[cm]?ts$|[.-]min\.js$|\.pb\.go$|_pb2(?:_grpc)?\.py$|\.generated\.\w+$|\.g\.cs$|\.designer\.cs$|_generated\.\w+$|\.gen\.go$)/i;
/**
 * Build and tool configuration files at any depth: `vite.config.ts`, `.eslintrc.cjs`,
 * `Gruntfile.js`, `setup.py`.
 */
const SCRIPT_FILE =
  /(?:^|\.)(?:config|conf|rc)\.[cm]?[jt]s$|^\.[\w.-]+\.[cm]?[jt]s$|^(?:gulpfile|gruntfile|jakefile|webpack\.[\w.]+|rollup\.[\w.]+|setup|manage|noxfile|fabfile|tasks|build)\.(?:[cm]?[jt]s|py)$|^(?:Rakefile|Gemfile)$/i;

/**
 * Markers of generated or vendored code in a file's first lines: `@generated` (Meta's
 * convention), Go's `Code generated … DO NOT EDIT.`, "auto-generated", and `@ts-nocheck`,
 * which takes a file out of the codebase's own type checking (emscripten bindings, vendored
 * libraries).
 */
const GENERATED_HEADER =
  /@generated\b|\bCode generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|@ts-nocheck\b/i;

/** How much of a file's start is searched for {@link GENERATED_HEADER} (characters). */
const HEADER_LENGTH = 1024;

/** A first line this long is a minified bundle (characters). */
const MINIFIED_LINE = 1000;

function isGeneratedSource(source: string): boolean {
  const head = source.slice(0, HEADER_LENGTH);
  if (GENERATED_HEADER.test(head)) return true;
  const firstBreak = source.indexOf('\n');
  return (firstBreak < 0 ? source.length : firstBreak) > MINIFIED_LINE;
}

/** The language folder of a Maven/Gradle source set: `src/main/java`, `src/test/kotlin`. */
const JVM_SOURCE_SET = new Set(['java', 'kotlin', 'scala', 'groovy']);

/**
 * How many leading folders of a path can carry a role. Below a JVM source set
 * (`src/main/java/…`) folders are package names (`org/springframework/samples/petclinic`), not
 * roles, so only the folders up to the source set count.
 */
function directoriesWithRoles(segments: readonly string[]): number {
  for (let index = 2; index < segments.length; index += 1) {
    if (
      JVM_SOURCE_SET.has(segments[index] ?? '') &&
      segments[index - 2] === 'src' &&
      (segments[index - 1] === 'main' || segments[index - 1] === 'test')
    )
      return index + 1;
  }
  return segments.length;
}

/**
 * The role of a root-relative, `/`-separated path, and of its source when given. Generated
 * names and headers decide first; then directory names, from the innermost
 * (`test/fixtures/app.ts` is a fixture); then file names.
 */
export function classifyFile(path: string, source?: string): FileRole {
  const segments = path.split('/');
  const name = segments.pop() ?? path;
  if (GENERATED_FILE.test(name)) return 'generated';
  if (source !== undefined && isGeneratedSource(source)) return 'generated';
  for (let index = directoriesWithRoles(segments) - 1; index >= 0; index -= 1) {
    const directory = (segments[index] ?? '').toLowerCase();
    if (FIXTURE_DIRS.has(directory)) return 'fixture';
    if (TEST_DIRS.has(directory)) return 'test';
    if (EXAMPLE_DIRS.has(directory)) return 'example';
    if (SCRIPT_DIRS.has(directory)) return 'script';
    if (GENERATED_DIRS.has(directory)) return 'generated';
    if (directory.startsWith('.')) return 'script';
  }
  if (TEST_FILE.test(name)) return 'test';
  if (SCRIPT_FILE.test(name)) return 'script';
  return 'source';
}
