// Every key the TUI understands, in one table: the input handler (use-keys.ts) looks actions up here and the
// help overlay and the hint line are drawn from it, so what the screen says and what the keys do cannot drift.
import type {Key} from 'ink';

export type Mode = 'main' | 'detail' | 'events' | 'failures' | 'source' | 'help' | 'search' | 'cutover';

export type Action =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'top'
	| 'bottom'
	| 'nextPane'
	| 'previousPane'
	| 'pane1'
	| 'pane2'
	| 'pane3'
	| 'pane4'
	| 'zoom'
	| 'groups'
	| 'open'
	| 'close'
	| 'filterNext'
	| 'filterPrevious'
	| 'search'
	| 'sortNext'
	| 'sortPrevious'
	| 'refresh'
	| 'pause'
	| 'events'
	| 'failures'
	| 'help'
	| 'copyId'
	| 'copyRecord'
	| 'copyReason'
	| 'cutover'
	| 'recap'
	| 'quit';

export type Binding = {
	readonly action: Action;
	/** As the help overlay shows them. */
	readonly keys: string;
	/** ASCII spelling of `keys` for --ascii. */
	readonly asciiKeys?: string;
	readonly description: string;
	/** Modes where the binding applies. */
	readonly modes: readonly Mode[];
	matches(input: string, key: Key): boolean;
};

/** A plain key press of `char` (no Ctrl/Meta; the terminal sends capitals with Shift). */
const char =
	(...chars: string[]) =>
	(input: string, key: Key) =>
		!key.ctrl && !key.meta && chars.includes(input);

const browse: readonly Mode[] = ['main', 'detail', 'events', 'failures', 'source', 'help', 'cutover'];
const overlays: readonly Mode[] = ['detail', 'events', 'failures', 'source', 'help', 'cutover'];
const onTask: readonly Mode[] = ['main', 'detail'];

export const keymap: readonly Binding[] = [
	{
		action: 'up',
		keys: '↑ k',
		asciiKeys: 'Up k',
		description: "move up (to a failing pane's error line from the first row; scroll in detail and help)",
		modes: browse,
		matches: (input, key) => key.upArrow || char('k')(input, key),
	},
	{action: 'down', keys: '↓ j', asciiKeys: 'Down j', description: 'move down', modes: browse, matches: (input, key) => key.downArrow || char('j')(input, key)},
	{action: 'pageUp', keys: 'PgUp', description: 'page up', modes: browse, matches: (_input, key) => key.pageUp},
	{action: 'pageDown', keys: 'PgDn', description: 'page down', modes: browse, matches: (_input, key) => key.pageDown},
	{action: 'top', keys: 'g Home', description: 'first row', modes: browse, matches: (input, key) => key.home || char('g')(input, key)},
	{action: 'bottom', keys: 'G End', description: 'last row', modes: browse, matches: (input, key) => key.end || char('G')(input, key)},
	{action: 'nextPane', keys: 'Tab', description: 'next pane', modes: ['main'], matches: (_input, key) => key.tab && !key.shift},
	{action: 'previousPane', keys: 'Shift-Tab', description: 'previous pane', modes: ['main'], matches: (_input, key) => key.tab && key.shift},
	{action: 'pane1', keys: '1', description: 'Snapshot imports pane', modes: ['main'], matches: char('1')},
	{action: 'pane2', keys: '2', description: 'Image exports pane', modes: ['main'], matches: char('2')},
	{action: 'pane3', keys: '3', description: 'AMI store pane', modes: ['main'], matches: char('3')},
	{action: 'pane4', keys: '4', description: 'Discovery imports pane', modes: ['main'], matches: char('4')},
	{
		action: 'zoom',
		keys: 'z',
		description: 'zoom: the focused pane takes the whole screen, the others a line each (z again shares it)',
		modes: ['main'],
		matches: char('z'),
	},
	{
		action: 'groups',
		keys: 'a',
		description: 'accounts: every pane as one line per account × region, its health and counts, the tasks folded (a again: the rows)',
		modes: ['main'],
		matches: char('a'),
	},
	{
		action: 'open',
		keys: 'Enter',
		description: "detail of the selected task; on a pane's error line (↑ from the first row), a source event or a failing source: the whole error",
		modes: ['main', 'events', 'failures'],
		matches: (_input, key) => key.return,
	},
	{
		action: 'close',
		keys: 'Esc q',
		description: 'close detail, events, failures, source error or help',
		modes: overlays,
		matches: (input, key) => key.escape || char('q')(input, key),
	},
	{action: 'filterNext', keys: 'f', description: 'status filter: all → active → failed → completed → cancelled', modes: ['main', 'events'], matches: char('f')},
	{action: 'filterPrevious', keys: 'F', description: 'status filter, backwards', modes: ['main', 'events'], matches: char('F')},
	{
		action: 'search',
		keys: '/',
		description: 'search id, name, description, bucket, AMI, message (Enter keeps, Esc or empty Enter clears)',
		modes: ['main', 'events'],
		matches: char('/'),
	},
	{action: 'sortNext', keys: 's', description: 'sort: status → progress → start time → ETA', modes: ['main'], matches: char('s')},
	{action: 'sortPrevious', keys: 'S', description: 'sort, backwards', modes: ['main'], matches: char('S')},
	{action: 'refresh', keys: 'r', description: 'refresh now (while paused: once, and stays paused)', modes: browse, matches: char('r')},
	{action: 'pause', keys: 'p', description: 'pause / resume polling', modes: browse, matches: char('p')},
	{action: 'events', keys: 'e', description: 'event log (e again closes)', modes: ['main', 'events'], matches: char('e')},
	{
		action: 'failures',
		keys: '!',
		description: 'failures: every failed task of every pane, newest first, whole reasons, and the failing sources (! again closes)',
		modes: ['main', 'failures'],
		matches: char('!'),
	},
	{action: 'copyId', keys: 'y', description: "copy the selected task's id to your clipboard (OSC 52: through SSH and tmux)", modes: onTask, matches: char('y')},
	{action: 'copyRecord', keys: 'Y', description: 'copy its whole record as JSON', modes: onTask, matches: char('Y')},
	{action: 'copyReason', keys: 'm', description: 'copy its failure reason', modes: onTask, matches: char('m')},
	{
		action: 'cutover',
		keys: 'c',
		description: 'cutover view: burndown, completed and failed, throughput, timeline (c again closes)',
		modes: ['main', 'cutover'],
		matches: char('c'),
	},
	{
		action: 'recap',
		keys: 'w',
		description: 'what happened while you were away (since you last came back); also shown by itself when you return',
		modes: ['main'],
		matches: char('w'),
	},
	{action: 'help', keys: '?', description: 'this help (? again closes)', modes: browse, matches: char('?')},
	{
		action: 'quit',
		keys: 'q Ctrl-C',
		description: 'quit (asks once while tasks are active: q again; Ctrl-C quits at once, from anywhere)',
		modes: ['main'],
		matches: char('q'),
	},
];

/** Ctrl-C quits from every mode, search included; it is not a table row so nothing can shadow it. */
export function isInterrupt(input: string, key: Key): boolean {
	return key.ctrl && input === 'c';
}

export function actionFor(mode: Mode, input: string, key: Key): Action | undefined {
	for (const binding of keymap) {
		if (binding.modes.includes(mode) && binding.matches(input, key)) return binding.action;
	}
	return undefined;
}

export function keysLabel(binding: Binding, ascii: boolean): string {
	return ascii ? (binding.asciiKeys ?? binding.keys).replace(/→/g, '->') : binding.keys;
}

/** Help rows: keys and what they do, ASCII-safe when asked. */
export function helpRows(ascii: boolean): Array<{keys: string; description: string}> {
	return keymap.map((binding) => ({
		keys: keysLabel(binding, ascii),
		description: ascii ? binding.description.replace(/→/g, '->') : binding.description,
	}));
}
