import { text } from 'node:stream/consumers';
import { runCli } from './index';

// A reader that stops early (`gloss stats desk | head -1`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  readStdin: () => text(process.stdin),
  progressStream: {
    write: (chunk) => process.stderr.write(chunk),
    isTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
  },
  env: process.env,
});
