import {measureFleet} from './fleet-run.js';
console.log(JSON.stringify(await measureFleet(new URL('../dist/cli.js', import.meta.url).pathname, Number(process.argv[2] ?? 2))));
