// Value equality for Task records (plain objects, arrays, Dates, primitives) so an unchanged task keeps
// its object identity. Walks the two records side by side and stops at the first difference: far cheaper
// than serialising every task on every poll. A key holding undefined counts as absent, as the SDK may omit
// or include empty members.
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		return Number.isNaN(a) && Number.isNaN(b);
	}
	if (a instanceof Date || b instanceof Date) {
		return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
	}
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
		return true;
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	let defined = 0;
	for (const key in left) {
		const value = left[key];
		if (value === undefined) continue;
		defined++;
		if (!sameValue(value, right[key])) return false;
	}
	for (const key in right) if (right[key] !== undefined) defined--;
	return defined === 0;
}
