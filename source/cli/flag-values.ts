// Reading one flag's value from what meow parsed: lists, text, numbers, regions, and an unknown flag as the
// user typed it. Each problem is one UsageError line naming the flag.
import {isKnownRegion, nearestRegion, regionShape} from '../model/aws-regions.js';
import {UsageError} from '../config/usage-error.js';

/** What meow hands over: flags as text, lists possibly comma-separated. */
export type RawFlags = Record<string, unknown>;

export function kebab(name: string): string {
	return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function list(value: unknown): string[] {
	const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
	return values
		.flatMap((v) => String(v).split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/** A list flag that, when given at all, must name something: `--sources ''` is a mistake, not "all". */
export function givenList(flags: RawFlags, name: string, what = ''): string[] {
	const raw = flags[name];
	const values = list(raw);
	const given = Array.isArray(raw) ? raw.length > 0 : raw !== undefined;
	if (given && values.length === 0) throw new UsageError(`--${kebab(name)} needs a value${what}`);
	return values;
}

/** An unknown flag as the user typed it: `-x` (or the first letter of `-xy`) or `--x`. */
export function typedFlag(name: string, argv: readonly string[]): string {
	for (const token of argv) {
		if (token === '--') break;
		if (token.startsWith('--')) {
			const typed = token.slice(2).split('=', 1)[0]!;
			// --no-colour arrives as colour: false.
			const camel = (text: string) => text.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
			if (camel(typed) === name || camel(typed.replace(/^no-/, '')) === name) return `--${typed}`;
		} else if (token.startsWith('-') && token.length > 1 && token.slice(1).split('=', 1)[0]!.includes(name) && name.length === 1) {
			return `-${name}`;
		}
	}
	return `--${kebab(name)}`;
}

/** A region name cutwatch knows; with --endpoint-url (a simulator, a region newer than this release) only its shape. */
export function checkRegion(flag: string, region: string, shapeOnly: boolean, example: string): void {
	if (regionShape.test(region) && (shapeOnly || isKnownRegion(region))) return;
	const nearest = nearestRegion(region);
	if (nearest !== undefined) throw new UsageError(`${flag} "${region}" is not an AWS region (nearest: ${nearest})`);
	throw new UsageError(`${flag} "${region}" is not an AWS region name (e.g. ${example})`);
}

export function text(flags: RawFlags, name: string): string | undefined {
	const value = flags[name];
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || value.trim() === '') {
		throw new UsageError(`--${kebab(name)} needs a value`);
	}
	return value.trim();
}

export function number(flags: RawFlags, name: string, min: number, max: number, unit = ''): number | undefined {
	const raw = text(flags, name);
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new UsageError(`--${kebab(name)} must be a number from ${min} to ${max}${unit}, got "${raw}"`);
	}
	return value;
}
