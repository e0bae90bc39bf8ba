// What each pane of a stacked screen asks for, read from the store for pane-heights.ts. The answer is an
// array of numbers compared by content, so a poll that changes no pane's needs re-renders nothing.
import {useShallow} from 'zustand/react/shallow';
import type {TaskKind} from '../../model/task.js';
import {
	selectCounts,
	selectNothingMatches,
	selectPaneSource,
	selectPaneTasks,
	selectScopeColumn,
	type CutwatchState,
	type TrackedTask,
} from '../../store/index.js';
import {useCutwatch} from '../context.js';
import {rowColumns} from '../layout/layout.js';
import {contentWidths, rowNeeds, type RowNeed} from '../layout/pane-content.js';
import {stackHeights, type StackPane} from '../layout/pane-heights.js';
import {paneStatus, problemLines} from '../text/source-status.js';
import type {Theme} from '../theme.js';

// Per rows array: the last width, body and scope asked about and the answer (50,000 rows cost what `body` do).
const memo = new WeakMap<readonly TrackedTask[], {key: string; needs: RowNeed[]}>();

function paneNeeds(state: CutwatchState, kind: TaskKind, width: number, body: number): RowNeed[] {
	const rows = selectPaneTasks(state, kind);
	const scope = selectScopeColumn(state, kind);
	const key = `${width}:${body}:${scope.parts}:${scope.full}:${scope.compact}`;
	const hit = memo.get(rows);
	if (hit?.key === key) return hit.needs;
	const inner = Math.max(0, width - 2);
	const needs = rowNeeds(rows, rowColumns(inner, kind, scope, contentWidths(rows, 0, body)), body);
	memo.set(rows, {key, needs});
	return needs;
}

export function stackPane(
	state: CutwatchState,
	kind: TaskKind,
	width: number,
	body: number,
	focused: boolean,
	theme: Pick<Theme, 'ascii' | 'ellipsis'>,
): StackPane {
	const source = selectPaneSource(state, kind);
	const counts = selectCounts(state, kind);
	const failing = source?.phase === 'error' || source?.phase === 'throttled';
	const error = failing ? paneStatus(source, 0, false).error : undefined;
	const problem = error ? problemLines(error, Math.max(0, width - 5), theme).length : 0;
	const rows = paneNeeds(state, kind, width, body);
	// Nothing listed, or nothing left by the filter or search: one line says so, the space goes to panes with rows.
	const idle = problem === 0 && (counts.total + counts.gone === 0 || selectNothingMatches(state, kind));
	return {kind, focused, idle, problem, rows};
}

/** Heights of the stacked panes, in `kinds` order (1: a summary line). */
export function useStackHeights(kinds: readonly TaskKind[], width: number, body: number, focused: TaskKind, theme: Theme): number[] {
	return useCutwatch(
		useShallow((state) =>
			stackHeights(
				body,
				kinds.map((kind) => stackPane(state, kind, width, body, kind === focused, theme)),
			),
		),
	);
}
