import type { FileFacts } from '@drift/core';

/**
 * Reads a root-relative project file as text, or returns null when it does not exist. The call
 * graph reads configuration only: `tsconfig.json`, `jsconfig.json`, `package.json`, `go.mod`,
 * `pyproject.toml`, `setup.py`.
 */
export type ReadProjectFile = (path: string) => string | null;

/** One parsed source file: its root-relative path (`/`-separated) and its facts. */
export interface ProjectFacts {
  readonly path: string;
  readonly facts: FileFacts;
}
