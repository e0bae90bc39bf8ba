// The CLI's fault specs: OP=KIND[:ARG] with short operation names, and clear one-line errors.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {exitCodes, UsageError} from '../../../source/config/usage-error.js';
import {FaultSpecError, formatFaultSpec, parseFaultSpec} from '../../../source/simulator/index.js';

describe('parseFaultSpec', () => {
	it('reads the documented forms', () => {
		assert.deepEqual(parseFaultSpec('store=throttle:0.5'), {target: 'DescribeStoreImageTasks', fault: {kind: 'throttle', probability: 0.5}});
		assert.deepEqual(parseFaultSpec('import=latency:2000'), {target: 'DescribeImportSnapshotTasks', fault: {kind: 'latency', ms: 2000}});
		assert.deepEqual(parseFaultSpec('discovery=home-region'), {target: 'DescribeImportTasks', fault: {kind: 'home-region'}});
		assert.deepEqual(parseFaultSpec('*=error500'), {target: '*', fault: {kind: 'error500'}});
		assert.deepEqual(parseFaultSpec('export=denied'), {target: 'DescribeExportImageTasks', fault: {kind: 'denied'}});
		assert.deepEqual(parseFaultSpec('DescribeExportImageTasks=hang'), {target: 'DescribeExportImageTasks', fault: {kind: 'hang'}});
		assert.deepEqual(parseFaultSpec(' Store = Malformed '), {target: 'DescribeStoreImageTasks', fault: {kind: 'malformed'}});
		assert.deepEqual(parseFaultSpec('discovery=expired-token'), {target: 'DescribeImportTasks', fault: {kind: 'expired'}});
		assert.deepEqual(parseFaultSpec('*=500:0.25'), {target: '*', fault: {kind: 'error500', probability: 0.25}});
	});

	it('formats a fault back to the same text', () => {
		for (const text of ['DescribeStoreImageTasks=throttle:0.5', 'DescribeImportSnapshotTasks=latency:2000', '*=hang', 'DescribeImportTasks=home-region']) {
			const {target, fault} = parseFaultSpec(text);
			assert.equal(formatFaultSpec(target, fault), text);
		}
	});

	const bad: Array<[string, RegExp]> = [
		['store', /^invalid fault "store": expected OP=KIND\[:ARG\], e\.g\. store=throttle:0\.5/],
		['ec2=throttle', /^unknown operation "ec2" in fault "ec2=throttle" \(use import, export, store, discovery, \* or a full operation name\)$/],
		[
			'store=explode',
			/^unknown fault kind "explode" in "store=explode" \(use throttle, error500, latency, hang, reset, malformed, denied, home-region, expired\)$/,
		],
		['store=throttle:2', /^fault "store=throttle:2": the probability after ":" must be a number in \(0, 1\], e\.g\. store=throttle:0\.5$/],
		['store=throttle:', /probability after ":" must be a number/],
		['import=latency', /^fault "import=latency": latency needs milliseconds, e\.g\. import=latency:2000$/],
		['import=latency:-5', /latency needs milliseconds/],
		['store=home-region', /^fault "store=home-region": home-region applies only to discovery \(DescribeImportTasks\)$/],
	];
	for (const [text, expected] of bad) {
		it(`rejects "${text}" with one clear line`, () => {
			assert.throws(
				() => parseFaultSpec(text),
				(error: unknown) =>
					error instanceof FaultSpecError &&
					error instanceof UsageError &&
					error.exitCode === exitCodes.usage &&
					expected.test(error.message) &&
					!error.message.includes('\n'),
			);
		});
	}
});
