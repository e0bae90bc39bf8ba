// Bounds how many AWS requests cutwatch has in flight at once across all sources, regions and accounts.
/** AWS requests in flight at once, by default: few enough to be polite to a shared account's API limits. */
export const defaultConcurrency = 4;

export type Semaphore = {acquire(): Promise<() => void>; readonly waiting: number};

export function createSemaphore(limit: number): Semaphore {
	let free = Math.max(1, limit);
	const queue: Array<() => void> = [];
	const release = () => {
		const next = queue.shift();
		if (next) next();
		else free++;
	};
	return {
		acquire() {
			if (free > 0) {
				free--;
				return Promise.resolve(once(release));
			}
			return new Promise((resolve) => queue.push(() => resolve(once(release))));
		},
		get waiting() {
			return queue.length;
		},
	};
}

function once(fn: () => void): () => void {
	let done = false;
	return () => {
		if (!done) {
			done = true;
			fn();
		}
	};
}
