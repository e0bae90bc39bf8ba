// How a stacked screen (below the grid threshold) shares its height between panes, pure: every pane gets its
// title, column header and bottom border; then failures, then active tasks, pane by pane in turns; then the
// focused pane its finished rows, then the others theirs; what is left goes to the focused pane. A pane that
// has never had a task (and whose source is fine) is one summary line; so is any pane when even the chrome
// does not fit, the least eventful first.
import type {TaskKind} from '../../model/task.js';
import {paneChrome} from './layout.js';
import type {RowNeed} from './pane-content.js';

export type StackPane = {
	readonly kind: TaskKind;
	readonly focused: boolean;
	/** Nothing ever listed and the source healthy: one line says so. */
	readonly idle: boolean;
	/** Lines the pane spends on its source's error. */
	readonly problem: number;
	/** Its rows in display order, as many as could be on screen. */
	readonly rows: readonly RowNeed[];
};

/** Height of each pane, in order; 1 means a summary line instead of a pane. They add up to `body`. */
export function stackHeights(body: number, panes: readonly StackPane[]): number[] {
	const first = (pane: StackPane) => pane.rows[0]?.lines ?? 1;
	const minimum = (pane: StackPane) => paneChrome + pane.problem + first(pane);
	const line = panes.map((pane) => pane.idle && !pane.focused);
	const total = () => panes.reduce((sum, pane, index) => sum + (line[index] ? 1 : minimum(pane)), 0);
	// Too many panes for their chrome: the quietest unfocused ones become summary lines, last pane first.
	const quiet = panes
		.map((pane, index) => ({index, weight: pane.rows.some((row) => row.tier === 0) ? 2 : pane.rows.some((row) => row.tier === 1) ? 1 : 0}))
		.filter(({index}) => !panes[index]!.focused && !line[index])
		.sort((a, b) => a.weight - b.weight || b.index - a.index);
	for (const {index} of quiet) {
		if (total() <= body) break;
		line[index] = true;
	}
	const heights = panes.map((pane, index) => (line[index] ? 1 : minimum(pane)));
	const taken = panes.map((pane) => (pane.rows.length > 0 ? 1 : 0));
	let left = body - heights.reduce((sum, height) => sum + height, 0);
	const order = panes.map((_, index) => index).sort((a, b) => Number(panes[b]!.focused) - Number(panes[a]!.focused) || a - b);
	const take = (index: number, tier: number) => {
		const next = panes[index]!.rows[taken[index]!];
		if (line[index] || next === undefined || next.tier > tier || next.lines > left) return false;
		heights[index]! += next.lines;
		left -= next.lines;
		taken[index]!++;
		return true;
	};
	for (const tier of [0, 1]) {
		for (let progressed = true; progressed && left > 0;) {
			progressed = false;
			for (const index of order) progressed = take(index, tier) || progressed;
		}
	}
	for (const index of order) while (left > 0 && take(index, 2));
	const focused = panes.findIndex((pane) => pane.focused);
	heights[focused >= 0 ? focused : 0]! += Math.max(0, left);
	return heights;
}
