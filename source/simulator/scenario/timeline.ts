// Where a task stands at a given simulated instant. Pure arithmetic, no timers: the server evaluates it on demand,
// so tens of thousands of tasks cost nothing until a request asks about them.

export type Stall = {
	/** Progress (0-100) at which the task stops moving. */
	atProgress: number;
	/** How long it stays there. */
	forMs: number;
};

export type Lifecycle = {
	/** Creation time in simulated ms relative to the simulator's start (negative: existed before start). */
	startMs: number;
	/** From creation to the end state, including any stall. */
	durationMs: number;
	/** Progress when the task ends: 100 for success, where it stopped for failures and cancellations. */
	endProgress: number;
	stall?: Stall | undefined;
};

export type Moment =
	| {phase: 'running'; /** Float in [0, endProgress). */ progress: number}
	| {phase: 'ended'; /** Simulated ms at which the task reached its end state. */ endedAtMs: number; sinceEndMs: number};

/** The task's moment at `nowMs`, or undefined when it has not been created yet. */
export function momentAt(lifecycle: Lifecycle, nowMs: number): Moment | undefined {
	const {startMs, durationMs, endProgress, stall} = lifecycle;
	const age = nowMs - startMs;
	if (age < 0) return undefined;
	const endedAtMs = startMs + durationMs;
	if (age >= durationMs) return {phase: 'ended', endedAtMs, sinceEndMs: nowMs - endedAtMs};
	const stalls = stall !== undefined && stall.atProgress < endProgress && stall.forMs > 0;
	const stallMs = stalls ? Math.min(stall.forMs, durationMs) : 0;
	const movingMs = durationMs - stallMs;
	if (movingMs <= 0) return {phase: 'running', progress: stalls ? stall.atProgress : 0};
	const rate = endProgress / movingMs;
	if (!stalls) return {phase: 'running', progress: age * rate};
	const stallStart = stall.atProgress / rate;
	if (age < stallStart) return {phase: 'running', progress: age * rate};
	if (age < stallStart + stallMs) return {phase: 'running', progress: stall.atProgress};
	return {phase: 'running', progress: (age - stallMs) * rate};
}
