// The header's degradation: the least important parts shorten or go first; the sync state and PAUSED never.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {fitHeader, rightText, scopeText, type HeaderInput} from '../../source/tui/text/header-fit.js';

const input: HeaderInput = {
	name: ' cutwatch ',
	readOnly: ' read-only ',
	counts: ['▶ 12 active  ✗ 1 failed  ✓ 30 done', '▶12  ✗1  ✓30'],
	problems: ['2 sources failing', '2 failing'],
	paused: 'PAUSED',
	deadline: ['deadline 03:30Z (04:30 local): late: 3 tasks projected past 03:30Z', 'deadline 03:30Z: late: 3', '03:30Z late: 3'],
	sync: 'synced 12:04 UTC',
};

const width = (fit: ReturnType<typeof fitHeader>) =>
	fit.name.length + fit.readOnly.length + rightText([input.counts[fit.counts]!, fit.problems, fit.paused, fit.deadline, fit.sync]).length;

describe('header fit', () => {
	test('wide: everything in its longest form', () => {
		const fit = fitHeader(input, 200);
		assert.equal(fit.deadline, input.deadline[0]);
		assert.equal(fit.counts, 0);
		assert.equal(fit.overflow, false);
		assert.ok(fit.spare >= 12);
	});

	test('narrower and narrower: counts, deadline, name, problems, read-only, deadline go in turn; sync and PAUSED stay', () => {
		let previous = Number.POSITIVE_INFINITY;
		for (let columns = 200; columns >= 40; columns -= 2) {
			const fit = fitHeader(input, columns);
			assert.equal(fit.sync, input.sync, `${columns}: the sync state`);
			assert.equal(fit.paused, 'PAUSED', `${columns}: PAUSED`);
			if (!fit.overflow) assert.ok(width(fit) <= columns, `${columns}: fits`);
			assert.ok(width(fit) <= previous, 'never wider at a narrower width');
			previous = width(fit);
		}
		const at80 = fitHeader(input, 80);
		assert.equal(at80.deadline, '03:30Z late: 3', '80 columns: the shortest deadline');
		assert.equal(at80.name, '', 'the name went before it');
		assert.equal(fitHeader(input, 60).deadline, '', '60: no room for it');
		assert.equal(fitHeader(input, 40).overflow, true, 'below what even the shortest forms need: cut, keeping the end');
	});
});

describe('header scope', () => {
	const theme = {ascii: false, ellipsis: '…', separator: '·'} as const;
	test('the account and regions shorten to compact region labels, then to the regions alone, never cut in the middle', () => {
		assert.equal(scopeText(['demo'], ['us-east-1'], 30, theme), ' demo · us-east-1 ');
		assert.equal(scopeText(['demo'], ['us-east-1'], 13, theme), ' demo · use1 ');
		assert.equal(scopeText(['demo'], ['us-east-1'], 7, theme), ' use1 ');
		assert.equal(scopeText(['demo'], ['us-east-1'], 3, theme), '');
		assert.equal(scopeText(['prod'], ['us-east-1', 'eu-west-1'], 19, theme), ' prod · use1, euw1 ');
	});

	test('a fleet too long for any form is cut at its end, where the list goes on', () => {
		const accounts = Array.from({length: 20}, (_, i) => `acct-${i}`);
		assert.equal(scopeText(accounts, ['us-east-1'], 20, theme), ' use1 ', 'the regions alone when they fit');
		const text = scopeText(accounts, ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-central-1'], 20, theme);
		assert.equal(text.length, 20);
		assert.match(text, /^ acct-0, acct-1, .*…/);
	});
});
