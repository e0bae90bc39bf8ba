// The long flags as typed, checked before meow sees them: meow camel-cases every name (--Region, --REGION and
// --untilDone all become a known flag) and throws a multi-line internal-looking error for a repeated value.
// A flag is taken only as help spells it: --until-done, and --no-X or --X for a boolean.
import {UsageError} from '../config/usage-error.js';
import {kebab} from './flag-values.js';
import {flagTable, type FlagSpec} from './flags.js';

/** Each accepted spelling (without the dashes) → the flag it names. */
const spellings = new Map<string, string>();
for (const [name, spec] of Object.entries(flagTable as Record<string, FlagSpec>)) {
	spellings.set(kebab(name), name);
	if (spec.type === 'boolean') spellings.set(`no-${kebab(name)}`, name);
}

/** What the user probably meant: the same letters in help's spelling (--Region → --region, --untilDone → --until-done). */
function suggestion(typed: string): string | undefined {
	const normal = typed.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
	return spellings.has(normal) ? `--${normal}` : undefined;
}

/** Throws one UsageError line for the first long flag help does not spell that way, or a one-value flag given twice. */
export function checkTypedFlags(argv: readonly string[]): void {
	const seen = new Set<string>();
	for (const token of argv) {
		if (token === '--') return;
		if (!token.startsWith('--') || token.length === 2) continue;
		const typed = token.slice(2).split('=', 1)[0]!;
		const name = spellings.get(typed);
		if (name === undefined) {
			const meant = suggestion(typed);
			throw new UsageError(`unknown option --${typed} (${meant === undefined ? '' : `did you mean ${meant}? `}see cutwatch --help)`);
		}
		const spec: FlagSpec = flagTable[name as keyof typeof flagTable];
		if (spec.type === 'string' && spec.isMultiple !== true) {
			if (seen.has(name)) throw new UsageError(`--${typed} given twice: it takes one value`);
			seen.add(name);
		}
	}
}
