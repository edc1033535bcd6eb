#!/usr/bin/env node
// The `gloss` command (npx gloss, npm link). The CLI is TypeScript run by tsx
// in this process, so a fresh clone works after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/gloss.ts');
