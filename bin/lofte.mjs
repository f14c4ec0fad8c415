#!/usr/bin/env node
// Entry point of the `lofte` command. The CLI itself is TypeScript, run by Node 24's type stripping.
// npm may install on an older system Node (package.json engines says what npm needs);
// running needs the Node 24 the `node` devDependency installs: say so instead of a syntax error.
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(
    `Medborgarlöften behöver Node.js 24, inte ${process.version}: kör via npm start eller npx lofte.\n` +
      `Medborgarlöften needs Node.js 24, not ${process.version}: run it through npm start or npx lofte.`,
  );
  process.exit(1);
}
process.removeAllListeners('warning');
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
