#!/usr/bin/env node
// The `drift` command. A committed shim, so npm can link it before `prepare` builds dist/.
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    process.stderr.write(
      'error: drift is not built yet\nhint: run `npm install` (or `npm run build`) in the Drift repository\n',
    );
    process.exit(2);
  }
  throw error;
}
