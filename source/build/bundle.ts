// `npm run build`'s second step: the npm bundle, dist/cutwatch.mjs, what the `cutwatch` command runs (through
// the Node version guard, dist/bin.cjs). Prints its size and how much of @aws-sdk/client-ec2's schema module
// survived tree-shaking; --metafile writes esbuild's metafile next to it for a closer look.
import {chmodSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {build} from 'esbuild';
import {assertRewritten, bundleOptions} from './bundle-options.js';
import {describeBundle} from './bundle-report.js';

const outfile = 'dist/cutwatch.mjs';
const {options, checks} = bundleOptions('npm', outfile);
const result = await build(options);
assertRewritten(checks);
// tsc writes the guard without the execute bit; from a clone, ./dist/bin.cjs should run as npm's link of it does.
chmodSync('dist/bin.cjs', 0o755);
if (process.argv.includes('--metafile')) writeFileSync('dist/cutwatch.meta.json', JSON.stringify(result.metafile));
process.stderr.write(`${describeBundle(result.metafile!, outfile, checks)}\n`);
