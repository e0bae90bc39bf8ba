// Whether this terminal can carry the full screen, and if not, the one line that says why. The full screen
// needs keys (stdin a terminal) and a terminal that understands cursor movement and the alternate screen:
// TERM=dumb (Emacs shell buffers, some CI and serial consoles) and no TERM at all (cron, bare `ssh host cmd`)
// say it does not, so drawing there would bury the screen in escape codes. Line mode works everywhere.
export type TerminalFacts = {
	readonly stdinIsTerminal: boolean;
	/** The TERM environment variable, as given. */
	readonly term: string | undefined;
};

/** Undefined when the full screen can run; otherwise why not, as one line for stderr. */
export function fullScreenRefusal(facts: TerminalFacts): string | undefined {
	const fallback = 'printing events as lines (pass --watch to say so)';
	if (!facts.stdinIsTerminal) return `cutwatch: stdin is not a terminal, so there are no keys to drive the screen: ${fallback}\n`;
	const term = facts.term?.trim() ?? '';
	if (term === '')
		return `cutwatch: TERM is not set, so the terminal's abilities are unknown: ${fallback}; set TERM (e.g. xterm-256color) for the full screen\n`;
	if (term === 'dumb') return `cutwatch: TERM=dumb cannot move the cursor or keep a screen: ${fallback}; set TERM (e.g. xterm-256color) for the full screen\n`;
	return undefined;
}
