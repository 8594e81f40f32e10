import type { DetectionFile } from '../detector.js';
import { isApplicationCode } from './config-modules.js';

/**
 * Test source sets that `file-role.ts` does not name: Gradle and Kotlin Multiplatform
 * (`src/jvmTest/`, `src/commonTest/`, `src/androidTest/`, `src/testFixtures/`,
 * `src/integrationTest/`).
 */
const TEST_SOURCE_SET = /(?:^|\/)src\/(?:\w*Test|testFixtures|test\w*)\//;

/** Whether a path lies in a test source set that the file roles classify as source. */
export function isInTestSourceSet(path: string): boolean {
  return TEST_SOURCE_SET.test(path);
}

/**
 * Whether a security rule looks at a file: application code (source files and config modules
 * filed as scripts, such as `src/config.ts`), not test source sets. Tests, fixtures and samples
 * talk to local servers with self-signed certificates and hold dummy credentials on purpose.
 */
export function isCheckedForSecurity(file: Pick<DetectionFile, 'path' | 'role'>): boolean {
  return isApplicationCode(file) && !isInTestSourceSet(file.path);
}
