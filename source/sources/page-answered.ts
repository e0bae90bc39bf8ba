// A listing of a long history is many pages. The poller's deadline (poller/deadline.ts) is "no answer
// within 20 s", so every page that arrives must count as an answer: a 500-page listing on real AWS takes a
// minute or more and must not be cut off, while a hung page is still noticed within the deadline. The
// signal the poller hands a source carries the listeners (the deadline's, and the first listing's page count
// for the pane); sources only say "a page arrived".
const listeners = new WeakMap<AbortSignal, Array<() => void>>();

/** The poller: call `listener` whenever a page arrives for a request made with `signal`. */
export function onPageAnswered(signal: AbortSignal, listener: () => void): void {
	const list = listeners.get(signal);
	if (list) list.push(listener);
	else listeners.set(signal, [listener]);
}

/** A source: a page of the listing made with `signal` has arrived. */
export function pageAnswered(signal: AbortSignal | undefined): void {
	if (signal) for (const listener of listeners.get(signal) ?? []) listener();
}
