// What a screen may ask of a session's polling: one poll now, a pause, a resume. The entry starts and stops
// the poller (main.ts); the TUI is handed only this, so it renders and dispatches and never runs the polling.
export type PollControl = {
	/** Polls every source now (r), within each source's floor and never beside a poll in flight. */
	refreshNow(): void;
	pause(): void;
	resume(): void;
};
