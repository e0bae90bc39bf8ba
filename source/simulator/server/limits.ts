// The simulator's limits on its options, in one place for every caller: the CLI's flags, `simulate`, startSimulator.

export const portRange = {min: 0, max: 65_535} as const;
/** --speed: from a hundredth of real time (a slow walk through a cutover) to a day in about a second. */
export const speedRange = {min: 0.01, max: 100_000} as const;

/** A TCP port to listen on (0: any free one). */
export function isPort(port: number): boolean {
	return Number.isInteger(port) && port >= portRange.min && port <= portRange.max;
}

/** A speed the clock can run at; the CLI narrows it to speedRange. */
export function isSpeed(speed: number): boolean {
	return speed > 0 && Number.isFinite(speed);
}
