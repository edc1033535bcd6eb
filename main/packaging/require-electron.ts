import { installedElectron, MISSING_ELECTRON } from './electron-binary';

/** Runs before `npm start` and `npm run dev`: says in one line what is missing before anything is built. */
if (installedElectron() === null) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}
