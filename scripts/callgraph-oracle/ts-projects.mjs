// TypeScript language services for the files of a project, found the way tsserver finds them:
// the nearest tsconfig.json above a file whose program (or a referenced project's) contains it;
// files that no tsconfig.json claims share one inferred project over every .ts/.tsx file of the
// root that no tsconfig.json claims.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.git']);

/**
 * @typedef {object} TsProject
 * @property {string} name The tsconfig path relative to the root, or `(inferred)`.
 * @property {import('typescript').CompilerOptions} options
 * @property {string[]} rootNames Absolute file names.
 * @property {Set<string>} files The same, for membership tests.
 * @property {string} directory Where relative paths of the project resolve.
 */

/**
 * @typedef {object} ProjectLookup
 * @property {(absoluteFile: string) => { project: TsProject, service: import('typescript').LanguageService }}
 *   serviceFor The project that owns the file and its language service (created on first use).
 * @property {() => { name: string, files: number }[]} summary Projects whose service was
 *   created, with their number of root files.
 * @property {string[]} problems Unreadable or invalid tsconfig files.
 */

/**
 * Whether a path is a TypeScript source Drift parses as such (`.ts`, `.tsx`, `.mts`, `.cts`,
 * not a `.d.ts` declaration file).
 * @param {string} file
 * @returns {boolean}
 */
export function isTypeScriptSource(file) {
  return /\.(ts|tsx|mts|cts)$/.test(file) && !/\.d\.(ts|mts|cts)$/.test(file);
}

/**
 * Creates the project lookup for a root directory. Services share one document registry and
 * one snapshot per file; each one's program is built on its first query.
 * @param {typeof import('typescript')} ts
 * @param {string} root Absolute path.
 * @returns {ProjectLookup}
 */
export function createProjectLookup(ts, root) {
  const registry = ts.createDocumentRegistry();
  const snapshots = new Map();
  const parsedConfigs = new Map();
  const projects = new Map();
  const configOfDirectory = new Map();
  const services = new Map();
  const problems = [];
  let inferred = null;

  const snapshot = (file) => {
    if (!snapshots.has(file)) {
      const text = ts.sys.readFile(file);
      snapshots.set(file, text === undefined ? undefined : ts.ScriptSnapshot.fromString(text));
    }
    return snapshots.get(file);
  };

  const parsedConfig = (configPath) => {
    if (!parsedConfigs.has(configPath)) {
      const host = {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) =>
          problems.push(
            `${relative(root, configPath)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
          ),
      };
      parsedConfigs.set(configPath, ts.getParsedCommandLineOfConfigFile(configPath, {}, host));
    }
    return parsedConfigs.get(configPath);
  };

  /** The project of a tsconfig and, depth first, those it references. */
  const configTree = (configPath, seen = new Set()) => {
    if (seen.has(configPath)) return [];
    seen.add(configPath);
    const parsed = parsedConfig(configPath);
    if (parsed === undefined) return [];
    if (!projects.has(configPath)) {
      const rootNames = parsed.fileNames.filter(isTypeScriptSource);
      projects.set(configPath, {
        name: relative(root, configPath),
        options: parsed.options,
        rootNames,
        files: new Set(rootNames),
        directory: dirname(configPath),
      });
    }
    const referenced = (parsed.projectReferences ?? []).flatMap((reference) =>
      configTree(ts.resolveProjectReferencePath(reference), seen),
    );
    return [projects.get(configPath), ...referenced];
  };

  const configIn = (directory) => {
    if (!configOfDirectory.has(directory)) {
      const candidate = join(directory, 'tsconfig.json');
      configOfDirectory.set(directory, existsSync(candidate) ? candidate : null);
    }
    return configOfDirectory.get(directory);
  };

  const configuredProject = (file) => {
    for (let directory = dirname(file); ; directory = dirname(directory)) {
      const config = configIn(directory);
      const owner = config === null ? undefined : configTree(config).find((p) => p.files.has(file));
      if (owner !== undefined) return owner;
      if (directory === root || directory === dirname(directory)) return null;
    }
  };

  const inferredProject = () => {
    if (inferred === null) {
      const orphans = listTypeScriptFiles(root).filter((file) => configuredProject(file) === null);
      inferred = {
        name: '(inferred)',
        options: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          jsx: ts.JsxEmit.ReactJSX,
          allowImportingTsExtensions: true,
          resolveJsonModule: true,
          esModuleInterop: true,
          skipLibCheck: true,
          noEmit: true,
        },
        rootNames: orphans,
        files: new Set(orphans),
        directory: root,
      };
    }
    return inferred;
  };

  const createService = (project) =>
    ts.createLanguageService(
      {
        getProjectVersion: () => String(project.rootNames.length),
        getScriptFileNames: () => project.rootNames,
        getScriptVersion: () => '1',
        getScriptSnapshot: snapshot,
        getCurrentDirectory: () => project.directory,
        getCompilationSettings: () => project.options,
        getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
        useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
        fileExists: ts.sys.fileExists,
        readFile: ts.sys.readFile,
        readDirectory: ts.sys.readDirectory,
        directoryExists: ts.sys.directoryExists,
        getDirectories: ts.sys.getDirectories,
        realpath: ts.sys.realpath,
      },
      registry,
    );

  return {
    serviceFor(file) {
      const project = configuredProject(file) ?? inferredProject();
      if (!project.files.has(file)) {
        project.rootNames.push(file);
        project.files.add(file);
      }
      if (!services.has(project)) services.set(project, createService(project));
      return { project, service: services.get(project) };
    },
    summary: () =>
      [...services.keys()].map((project) => ({
        name: project.name,
        files: project.rootNames.length,
      })),
    problems,
  };
}

/** Every TypeScript source under a directory, skipping node_modules, dist and .git. */
function listTypeScriptFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))
      files.push(...listTypeScriptFiles(path));
    else if (entry.isFile() && isTypeScriptSource(entry.name)) files.push(path);
  }
  return files;
}
