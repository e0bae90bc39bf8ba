// --theme auto's decision: the terminal's OSC 11 answer by its luminance, else COLORFGBG, else dark.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {backgroundOfColorFgBg, decideBackground, parseColorSpec} from '../../source/terminal/background.js';

describe('the colour in an OSC 11 answer', () => {
	test('4, 2 and 1 hex digits a channel, rgba, and #hex all scale to 0–1', () => {
		assert.deepEqual(parseColorSpec('rgb:ffff/ffff/ffff'), [1, 1, 1]);
		assert.deepEqual(parseColorSpec('rgb:0000/8080/FFFF'), [0, 0x8080 / 0xffff, 1]);
		assert.deepEqual(parseColorSpec('rgb:ff/80/00'), [1, 0x80 / 0xff, 0]);
		assert.deepEqual(parseColorSpec('rgb:f/0/f'), [1, 0, 1]);
		assert.deepEqual(parseColorSpec('rgba:ffff/ffff/ffff/ffff'), [1, 1, 1]);
		assert.deepEqual(parseColorSpec('#fdf6e3'), [0xfd / 255, 0xf6 / 255, 0xe3 / 255]);
	});

	test('garbage is no colour', () => {
		for (const spec of ['', '?', 'rgb:', 'rgb:ffff/ffff', 'rgb:fffff/0/0', 'rgb:gg/00/00', 'white', '#12345', 'cmyk:0/0/0/0']) {
			assert.equal(parseColorSpec(spec), undefined, spec);
		}
	});
});

describe('dark or light', () => {
	test('by the luminance of what the terminal answered', () => {
		assert.deepEqual(decideBackground('rgb:ffff/ffff/ffff', undefined), {background: 'light', from: 'terminal'});
		assert.deepEqual(decideBackground('rgb:0000/0000/0000', undefined), {background: 'dark', from: 'terminal'});
		assert.equal(decideBackground('rgb:fdfd/f6f6/e3e3', undefined).background, 'light', 'Solarized light');
		assert.equal(decideBackground('rgb:00/2b/36', undefined).background, 'dark', 'Solarized dark');
		assert.equal(decideBackground('rgb:2020/2020/2020', undefined).background, 'dark', 'a dark gray');
		assert.equal(decideBackground('rgb:d0/d0/d0', undefined).background, 'light', 'a light gray');
	});

	test("the terminal's answer wins over COLORFGBG", () => {
		assert.equal(decideBackground('rgb:ffff/ffff/ffff', '15;0').background, 'light');
	});

	test('no answer (or garbage): COLORFGBG, then dark', () => {
		assert.deepEqual(decideBackground(undefined, '15;0'), {background: 'dark', from: 'COLORFGBG'});
		assert.deepEqual(decideBackground(undefined, '0;15'), {background: 'light', from: 'COLORFGBG'});
		assert.deepEqual(decideBackground('nonsense', '0;default;15'), {background: 'light', from: 'COLORFGBG'});
		assert.deepEqual(decideBackground(undefined, undefined), {background: 'dark', from: 'default'});
		assert.deepEqual(decideBackground(undefined, '15;default'), {background: 'dark', from: 'default'});
	});

	test('COLORFGBG palette indices: 0–6 and 8 dark, 7 and 9–15 light, anything else unknown', () => {
		assert.equal(backgroundOfColorFgBg('7;0'), 'dark');
		assert.equal(backgroundOfColorFgBg('0;8'), 'dark');
		assert.equal(backgroundOfColorFgBg('0;7'), 'light');
		assert.equal(backgroundOfColorFgBg('0;11'), 'light');
		for (const value of ['', '0;16', '0;-1', 'white;black', '0;15x']) assert.equal(backgroundOfColorFgBg(value), undefined, value);
	});
});
