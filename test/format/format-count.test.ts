import assert from 'node:assert/strict';
import {test} from 'node:test';
import {formatCount} from '../../source/format/text.js';

test('counts are grouped by thousands as en-US writes them, without ICU', () => {
	for (const count of [0, 7, 999, 1000, 50_000, 1_234_567, -1000, -98_765_432, 2 ** 53 - 1, 1.5, Number.NaN]) {
		assert.equal(formatCount(count), count.toLocaleString('en-US'), String(count));
	}
});
