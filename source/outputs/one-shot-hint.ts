// The poller's hints promise a retry ("retrying", "backing off"); a one-shot mode (--once, --check) does not
// retry, so its hint says what to do instead.
export function oneShotHint(hint: string, command: string): string {
	return hint.replace(/; (retrying|backing off)$/, `; run cutwatch ${command} again shortly`);
}
