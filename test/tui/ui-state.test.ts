// The screen's reducer holds what the scroll keys need (ui-state.ts): how far each view scrolls, as it last
// rendered, and how many rows the focused pane shows; nothing is read back from a render.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {initialUiState, uiReducer, type UiEvent, type UiState} from '../../source/tui/state/ui-state.js';

const run = (...events: UiEvent[]): UiState => events.reduce(uiReducer, initialUiState);

describe('scroll state', () => {
	test('a view scrolls within the extent it reported, page by page and to its end', () => {
		const opened = run({type: 'open', mode: 'detail'}, {type: 'extent', view: 'detail', max: 25});
		const paged = [10, 10, 10].reduce((state, by) => uiReducer(state, {type: 'scroll', by}), opened);
		assert.equal(paged.scroll.detail, 25, 'three pages down stop at the last one');
		assert.equal(uiReducer(paged, {type: 'scroll', by: -10}).scroll.detail, 15);
		assert.equal(uiReducer(paged, {type: 'scroll', by: Number.NEGATIVE_INFINITY}).scroll.detail, 0);
	});

	test('until a view just opened has rendered, the keys scroll it unbounded; its report clamps the next key', () => {
		const early = run({type: 'open', mode: 'events'}, {type: 'scroll', by: Number.POSITIVE_INFINITY});
		assert.equal(early.scroll.events, Number.POSITIVE_INFINITY);
		const rendered = uiReducer(uiReducer(early, {type: 'extent', view: 'events', max: 40}), {type: 'scroll', by: -1});
		assert.equal(rendered.scroll.events, 39);
	});

	test('closing the search (or the help) forgets the extent: the view may hold more once it renders again', () => {
		const known = run({type: 'open', mode: 'events'}, {type: 'extent', view: 'events', max: 5}, {type: 'open', mode: 'search'});
		const closed = uiReducer(known, {type: 'close'});
		assert.equal(closed.mode, 'events');
		assert.equal(uiReducer(closed, {type: 'scroll', by: 100}).scroll.events, 100, 'not clamped to the narrowed 5');
	});

	test('the focused pane reports its page; a repeat changes nothing', () => {
		const paged = run({type: 'page', rows: 17});
		assert.equal(paged.page, 17);
		assert.equal(uiReducer(paged, {type: 'page', rows: 17}), paged);
		assert.equal(uiReducer(paged, {type: 'extent', view: 'help', max: initialUiState.extent.help}), paged);
	});
});
