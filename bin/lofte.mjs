#!/usr/bin/env node
// Entry point of the `lofte` command. The CLI itself is TypeScript, run by Node 24's type stripping.
process.removeAllListeners('warning');
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
