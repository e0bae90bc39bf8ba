// --no-color turns chalk off entirely (it reads argv); on a terminal the screen keeps inverse and bold.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {keepAttributes} from '../../source/tui/terminal/attributes.js';

test('without colour on a terminal, chalk keeps its basic level (inverse, bold); otherwise it is left as it is', () => {
	assert.equal(keepAttributes(false, {isTTY: true}, {level: 0}), 1, '--no-color on a terminal');
	assert.equal(keepAttributes(false, {isTTY: false}, {level: 0}), 0, 'not a terminal');
	assert.equal(keepAttributes(true, {isTTY: true}, {level: 0}), 0, 'colour on but chalk off (FORCE_COLOR=0): not overridden');
	assert.equal(keepAttributes(false, {isTTY: true}, {level: 3}), 3);
});
