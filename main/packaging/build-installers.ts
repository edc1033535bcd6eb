import { build } from 'electron-builder';
import { INSTALLER_CONFIG } from './installer-config';

/**
 * npm run dist: installers for the platform it runs on (the release workflow
 * runs it on Linux, macOS and Windows). electron-builder downloads the
 * Electron it packages, so this needs the network, unlike npm test.
 */
const written = await build({ config: INSTALLER_CONFIG });
for (const file of written) console.log(file);
