// What libraries said while the screen was up (a warning, a console line): kept off the terminal by
// tui/terminal/quiet-terminal.ts and shown in the event log instead. Bounded, so a chatty library cannot grow memory.
import type {Notice} from './state.js';

export const noticeLimit = 50;

export function appendNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
	const next = [...notices, notice];
	return next.length > noticeLimit ? next.slice(next.length - noticeLimit) : next;
}
