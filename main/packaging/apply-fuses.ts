import { applyGlossFuses } from './fuses';

/** npm run -s fuses -- <path to the Electron binary being packaged> */
const [binary] = process.argv.slice(2);
if (!binary) {
  console.error('usage: npm run -s fuses -- <path to the Electron binary being packaged>');
  process.exit(2);
}
await applyGlossFuses(binary);
console.log(`Gloss's fuses are set in ${binary}`);
