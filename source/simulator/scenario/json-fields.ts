// Reading untrusted JSON objects field by field, so every problem is one line naming the field:
//   importSnapshots[2].format: expected one of VMDK, VHD, VHDX, RAW, got "ISO"
import {parseDuration} from '../../format/duration.js';

export class FieldError extends Error {
	override name = 'FieldError';
}

/** A short, single-line, escaped rendering of a bad value for error messages. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export class Fields {
	constructor(
		private readonly value: Record<string, unknown>,
		readonly path: string,
	) {}

	static object(value: unknown, path: string, allowed: readonly string[]): Fields {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			throw new FieldError(`${path || 'the file'}: expected an object, got ${describeValue(value)}`);
		}
		for (const key of Object.keys(value)) {
			if (!allowed.includes(key)) throw new FieldError(`${Fields.join(path, key)}: unknown field (expected one of ${allowed.join(', ')})`);
		}
		return new Fields(value as Record<string, unknown>, path);
	}

	private static join(path: string, key: string): string {
		return path ? `${path}.${key}` : key;
	}

	at(key: string): string {
		return Fields.join(this.path, key);
	}

	has(key: string): boolean {
		return this.value[key] !== undefined;
	}

	raw(key: string): unknown {
		return this.value[key];
	}

	fail(key: string, expected: string): never {
		throw new FieldError(`${this.at(key)}: expected ${expected}, got ${describeValue(this.value[key])}`);
	}

	string(key: string, pattern?: RegExp, expected = 'a string'): string | undefined {
		const value = this.value[key];
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || (pattern && !pattern.test(value))) this.fail(key, expected);
		return value;
	}

	number(key: string, {min = -Infinity, max = Infinity, integer = false} = {}): number | undefined {
		const value = this.value[key];
		if (value === undefined) return undefined;
		if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
			const kind = integer ? 'an integer' : 'a number';
			const range = min > -Infinity && max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` >= ${min}` : '';
			this.fail(key, `${kind}${range}`);
		}
		return value;
	}

	boolean(key: string): boolean | undefined {
		const value = this.value[key];
		if (value !== undefined && typeof value !== 'boolean') this.fail(key, 'true or false');
		return value as boolean | undefined;
	}

	oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
		const value = this.value[key];
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) this.fail(key, `one of ${values.join(', ')}`);
		return value as T;
	}

	duration(key: string, {min = -Infinity} = {}): number | undefined {
		const value = this.value[key];
		if (value === undefined) return undefined;
		const ms = parseDuration(value);
		if (ms === undefined || ms < min) {
			const kind = min >= 0 ? 'a non-negative duration like "90s", "5m", "1h30m"' : 'a duration like "90s", "5m", "1h30m" or "-10m"';
			this.fail(key, `${kind} (or milliseconds)`);
		}
		return ms;
	}

	/** An object of string → string. */
	stringMap(key: string): Record<string, string> | undefined {
		const value = this.value[key];
		if (value === undefined) return undefined;
		if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(key, 'an object of string values, e.g. {"team": "platform"}');
		for (const [name, text] of Object.entries(value)) {
			if (typeof text !== 'string') throw new FieldError(`${this.at(key)}.${name}: expected a string, got ${describeValue(text)}`);
		}
		return value as Record<string, string>;
	}

	list(key: string): unknown[] | undefined {
		const value = this.value[key];
		if (value === undefined) return undefined;
		if (!Array.isArray(value)) this.fail(key, 'a list');
		return value;
	}
}
