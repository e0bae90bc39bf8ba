// Whether the terminal can be trusted with box-drawing and block characters. Pure (the CLI passes
// process.env), so the decision is unit-tested and the TUI itself never reads the environment.

type Env = Readonly<Record<string, string | undefined>>;

/** The locale that governs character encoding, in POSIX precedence: LC_ALL, then LC_CTYPE, then LANG. */
export function characterLocale(env: Env): string {
	for (const name of ['LC_ALL', 'LC_CTYPE', 'LANG'] as const) {
		const value = env[name];
		if (value !== undefined && value !== '') return value;
	}
	// Nothing set means the C/POSIX locale: plain ASCII.
	return 'C';
}

/** True when the locale is not UTF-8, so gauges and borders must be drawn in plain ASCII. */
export function localeNeedsAscii(env: Env): boolean {
	return !/utf-?8/i.test(characterLocale(env));
}
