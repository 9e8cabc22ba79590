// `npm run package`: writes dist-vsix/interview-coach.vsix.
import { statSync } from 'node:fs';
import { packageVsix } from './lib/packageVsix.mjs';

const vsix = await packageVsix();
console.log(`${vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KB)`);
