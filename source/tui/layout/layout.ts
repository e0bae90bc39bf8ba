// Pure size maths for the screen: which layout fits the terminal, how tall each pane is, how wide each column
// of a row is (where a scrolled list starts is scroll-window.ts). Every frame is exactly the terminal's size, never taller.
import type {TaskKind} from '../../model/task.js';
import type {ScopeColumn, ScopeParts} from '../../store/index.js';

/** Below this the screen says so instead of drawing a garbled frame (tmux's status line makes 80×24 80×23). */
export const minColumns = 60;
export const minRows = 15;
/** From this size all panes show at once in a grid. */
export const gridColumns = 160;
export const gridRows = 40;

/** Lines a pane spends on chrome: its top border (title), the column header and its bottom border. */
export const paneChrome = 3;
/** Header line and key-hint line. */
export const screenChrome = 2;

export type PaneBox = {readonly kind: TaskKind; readonly width: number; readonly height: number};

export type ScreenLayout =
	| {readonly mode: 'too-small'; readonly columns: number; readonly rows: number}
	| {readonly mode: 'grid'; readonly columns: number; readonly rows: number; readonly grid: readonly (readonly PaneBox[])[]}
	| {
			readonly mode: 'focus';
			readonly columns: number;
			readonly rows: number;
			/** Zoomed: as laid out here. Otherwise the panes stack and share the body by content (pane-heights.ts). */
			readonly zoom: boolean;
			/** One summary line each, in pane order. */
			readonly collapsed: readonly TaskKind[];
			readonly focused: PaneBox;
	  };

export function tooSmall(columns: number, rows: number): boolean {
	return columns < minColumns || rows < minRows;
}

/** `kinds` are the watched panes in display order (at least one). */
export function screenLayout(columns: number, rows: number, kinds: readonly TaskKind[], focused: TaskKind, zoom = false): ScreenLayout {
	if (tooSmall(columns, rows) || kinds.length === 0) return {mode: 'too-small', columns, rows};
	const body = rows - screenChrome;
	if (!zoom && kinds.length > 1 && columns >= gridColumns && rows >= gridRows) {
		const perRow = 2;
		const gridRowCount = Math.ceil(kinds.length / perRow);
		const grid: PaneBox[][] = [];
		for (let r = 0; r < gridRowCount; r++) {
			const height = r === gridRowCount - 1 ? body - Math.floor(body / gridRowCount) * (gridRowCount - 1) : Math.floor(body / gridRowCount);
			const row = kinds.slice(r * perRow, r * perRow + perRow);
			grid.push(
				row.map((kind, c) => ({
					kind,
					height,
					width: c === row.length - 1 ? columns - Math.floor(columns / row.length) * (row.length - 1) : Math.floor(columns / row.length),
				})),
			);
		}
		return {mode: 'grid', columns, rows, grid};
	}
	const focusedKind = kinds.includes(focused) ? focused : kinds[0]!;
	const collapsed = kinds.filter((kind) => kind !== focusedKind);
	return {mode: 'focus', columns, rows, zoom, collapsed, focused: {kind: focusedKind, width: columns, height: body - collapsed.length}};
}

/** The pane box a kind occupies, if it is on screen as a pane. */
export function paneBoxOf(layout: ScreenLayout, kind: TaskKind): PaneBox | undefined {
	if (layout.mode === 'grid') return layout.grid.flat().find((box) => box.kind === kind);
	if (layout.mode === 'focus' && layout.focused.kind === kind) return layout.focused;
	return undefined;
}

/** Task rows that fit in a pane of `height` lines (fewer while it shows source problem lines). */
export function taskRowsIn(height: number, problemLines: boolean | number): number {
	return Math.max(1, height - paneChrome - Number(problemLines));
}

export type RowColumns = {
	/** Inner width of the pane (between its side borders). */
	readonly width: number;
	readonly cursor: number;
	/** Region/account column, shown when several are watched (0 otherwise). */
	readonly scope: number;
	readonly scopeParts: ScopeParts;
	/** The scope column uses compact region names (use1) because full ones do not fit. */
	readonly scopeCompact: boolean;
	readonly id: number;
	readonly name: number;
	readonly badge: number;
	readonly gauge: number;
	readonly percent: number;
	readonly eta: number;
	/** 0 when dropped for width (or the kind has no start time). */
	readonly age: number;
	/** The status message at the end of the row, on wide panes; 0 when there is no room for it. */
	readonly message: number;
};

const idWidths: Record<TaskKind, number> = {
	'import-snapshot': 29, // import-snap- + 17 hex digits
	'export-image': 28, // export-ami- + 17
	'store-image': 21, // ami- + 17: store tasks are known by their AMI
	'discovery-import': 24, // import-task- + 32 hex: the name says more, so the id gives way
};
const idMin = 14;
const nameMin = 8;
/** Beyond this a name column only pads; the room goes to the status message instead. */
const nameMax = 32;
const messageMin = 12;

/** The widest id and name among the rows that can be on screen (see contentWidths); absent: the caps. */
export type ContentWidths = {readonly id: number; readonly name: number};

const memo = new Map<string, RowColumns>();
const noScope: ScopeColumn = {parts: 'none', full: 0, compact: 0};

/**
 * Column widths for a row of `width` columns; the widths and one-space gaps always add up to `width`. Memoised.
 * Order: cursor, id, name, status, gauge, percent, ETA, age, message. Ids and names take what their longest
 * visible value needs (capped); the message (and a failure's reason, which spans from the gauge to the row's
 * end) takes the rest. Short of room, the age and full region names go first, then the name shrinks, and
 * the id is cut (in the middle) last.
 */
export function rowColumns(width: number, kind: TaskKind, scopeColumn: ScopeColumn = noScope, content?: ContentWidths): RowColumns {
	const memoKey = `${kind}:${width}:${scopeColumn.parts}:${scopeColumn.full}:${scopeColumn.compact}:${content?.id}:${content?.name}`;
	const hit = memo.get(memoKey);
	if (hit) return hit;
	// The header's titles (ID/AMI, NAME/S3 OBJECT) bound the columns from below.
	const idWant = Math.min(idWidths[kind], Math.max(kind === 'store-image' ? 3 : 2, content?.id ?? idWidths[kind]));
	const nameWant = Math.min(nameMax, Math.max(kind === 'store-image' ? 9 : 4, content?.name ?? 20));
	const nameFloor = Math.min(nameWant, nameMin);
	let badge = kind === 'discovery-import' ? 20 : 12;
	const gauge = 10;
	const percent = 4;
	let eta = 7;
	let age = 6;
	const cursor = 1;
	let scope = scopeColumn.parts === 'none' ? 0 : scopeColumn.full;
	// Everything but id, name and message, with the gap in front of each column.
	const fixed = () => cursor + (scope > 0 ? scope + 1 : 0) + (badge + 1) + (gauge + 1) + (percent + 1) + (eta > 0 ? eta + 1 : 0) + (age > 0 ? age + 1 : 0) + 1;
	// Full region names only where the id keeps its full length beside them.
	if (scope > 0 && width - fixed() < idWant + nameWant) scope = scopeColumn.compact;
	const scopeCompact = scope > 0 && scope < scopeColumn.full;
	if (width - fixed() < idWant + nameWant) age = 0;
	if (width - fixed() < idMin + nameFloor && kind === 'discovery-import') badge = 12;
	if (width - fixed() < idMin + nameFloor) badge = 2;
	if (width - fixed() < idMin + nameFloor) eta = 0;
	const available = Math.max(0, width - fixed());
	let id: number;
	let name: number;
	let message = 0;
	if (available >= idWant + nameFloor + 1 + messageMin) {
		// The name gives way down to its floor to keep a message column: failures' reasons live there.
		id = idWant;
		name = Math.min(nameWant, available - id - 1 - messageMin);
		message = available - id - name - 1;
	} else if (available >= idWant + nameFloor) {
		id = idWant;
		name = available - id;
	} else {
		id = Math.max(0, Math.min(idWant, available - nameFloor));
		name = available - id;
	}
	const columns: RowColumns = {width, cursor, scope, scopeParts: scopeColumn.parts, scopeCompact, id, name, badge, gauge, percent, eta, age, message};
	memo.set(memoKey, columns);
	return columns;
}
