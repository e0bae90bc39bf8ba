// One line about a bundle from esbuild's metafile: its size, and what is left of the EC2 schema module.
import type {Metafile} from 'esbuild';
import type {BundleChecks} from './bundle-options.js';

export function describeBundle(metafile: Metafile, outfile: string, checks: BundleChecks): string {
	const output = metafile.outputs[outfile];
	if (!output) throw new Error(`build: no ${outfile} in the metafile`);
	const schemaBytes = Object.entries(output.inputs)
		.filter(([path]) => /client-ec2[\\/]dist-es[\\/]schemas[\\/]/.test(path))
		.reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
	const rewrites = checks.schemaKeys.reduce((sum, report) => sum + report.rewrites, 0);
	return `build: ${outfile} ${output.bytes.toLocaleString('en')} bytes; EC2 schema module: ${schemaBytes.toLocaleString('en')} bytes kept, ${rewrites.toLocaleString('en')} computed keys rewritten`;
}
