#!/usr/bin/env node
// The CLI is written in TypeScript beside the library it shares with the extension; tsx runs it without a build.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./cli.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(line),
  stderr: (line) => process.stderr.write(line),
  stderrIsTTY: process.stderr.isTTY === true,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
});
