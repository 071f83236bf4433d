import { runCli } from './commands';

/** `pnpm duiding <command>`: the operator's command line. */
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;
