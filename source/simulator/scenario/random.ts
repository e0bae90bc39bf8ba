// Seeded pseudo-random numbers: every scenario and every probabilistic fault is a pure function of the seed,
// so the same seed replays the same cutover and the same throttling pattern.

export type Random = {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** Uniform in [min, max). */
	between(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** `length` lower-case hex digits, as in AWS resource ids. */
	hex(length: number): string;
	uuid(): string;
};

/** Seeds may be numbers or text (CLI flags); "42" and 42 give the same stream. */
export type Seed = number | string;

export function seedToInt(seed: Seed): number {
	if (typeof seed === 'number' && Number.isFinite(seed)) return Math.trunc(seed) >>> 0;
	const text = String(seed);
	if (/^\d+$/.test(text)) return Number(text) >>> 0;
	return hash32(text);
}

/** FNV-1a, 32 bit: stable hashing for seeds, fingerprints and token checks. */
export function hash32(text: string, basis = 0x811c9dc5): number {
	let hash = basis >>> 0;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for simulation (not for anything secret). */
export function createRandom(seed: Seed): Random {
	let state = seedToInt(seed);
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const hex = (length: number): string => {
		let out = '';
		while (out.length < length)
			out += Math.floor(next() * 4294967296)
				.toString(16)
				.padStart(8, '0');
		return out.slice(0, length);
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		between: (min, max) => min + next() * (max - min),
		chance: (probability) => next() < probability,
		pick<T>(items: readonly T[]): T {
			const item = items[Math.floor(next() * items.length)];
			if (item === undefined) throw new Error('pick from an empty list');
			return item;
		},
		hex,
		uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
	};
}

/** An independent stream derived from a parent seed and a label (e.g. one per fault target). */
export function deriveRandom(seed: Seed, label: string): Random {
	return createRandom(hash32(label, seedToInt(seed) ^ 0x9e3779b9));
}
