// The stdin Ink reads once the background has been asked for: the real stdin with terminal replies taken out
// (replies.ts), so an OSC 11 answer that comes after the query gave up is dropped instead of being read as
// keys. Keys typed during the query come first. Raw mode, ref and unref go to the real stream.
import {Readable} from 'node:stream';
import type {QueryInput} from '../../terminal/background-query.js';
import type {ReplyFilter} from '../../terminal/replies.js';

export type FilterableStdin = QueryInput & {ref?(): unknown; unref?(): unknown; pause?(): unknown};

export class FilteredStdin extends Readable {
	readonly isTTY: boolean;

	constructor(
		private readonly source: FilterableStdin,
		private readonly replies: ReplyFilter,
		typed: string,
	) {
		super({encoding: 'utf8'});
		this.isTTY = source.isTTY === true;
		if (typed !== '') this.push(typed);
		source.on('readable', this.drain);
		// What arrived between the query's end and now is already buffered: no 'readable' will announce it.
		this.drain();
	}

	private readonly drain = () => {
		let chunk: string | Buffer | null;
		while ((chunk = this.source.read()) !== null) {
			const text = this.replies.push(String(chunk));
			if (text !== '') this.push(text);
		}
	};

	// Data is pushed as it arrives; there is nothing to pull.
	override _read(): void {}

	setRawMode(mode: boolean): this {
		this.source.setRawMode?.(mode);
		return this;
	}

	ref(): this {
		this.source.ref?.();
		return this;
	}

	unref(): this {
		this.source.unref?.();
		return this;
	}

	/** Once the screen is given back (or was never taken): the real stdin is left alone, out of raw mode. */
	dispose(): void {
		this.source.off('readable', this.drain);
		this.source.setRawMode?.(false);
		this.source.pause?.();
	}
}
