// Clock-skew correction as SDK v3 does it: when a response's Date header is 5 minutes or more away from our
// skew-corrected clock, sign later requests with the server's time. A host whose clock drifts during a
// days-long run would otherwise get every request rejected as expired.
const skewThresholdMs = 5 * 60_000;

export function updatedClockOffset(serverDate: string | undefined, currentOffsetMs: number, now = Date.now()): number {
	if (!serverDate) return currentOffsetMs;
	const serverTime = Date.parse(serverDate);
	if (Number.isNaN(serverTime)) return currentOffsetMs;
	return Math.abs(now + currentOffsetMs - serverTime) >= skewThresholdMs ? serverTime - now : currentOffsetMs;
}
