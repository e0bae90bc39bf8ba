// Terminal replies in the input stream: the OSC colour answers (`ESC ] 11 ; … BEL` or `… ESC \`) and device
// attributes (`ESC [ ? … c`) are taken out of what is typed, so a reply that arrives late, after the screen
// has started, never reaches the keys ('r', 'g', 'b', '/' and digits would all mean something there). A
// reply split across reads is held until it completes; anything that stops looking like one is let through.

export type Reply = {readonly kind: 'osc'; readonly code: number; readonly payload: string} | {readonly kind: 'device-attributes'};

export type ReplyFilter = {
	/** The chunk with every complete reply taken out (and a trailing partial one held back). */
	push(chunk: string): string;
};

const completeReply = /\u001b\](\d+);([\u0020-\u007e]*?)(?:\u0007|\u001b\\)|\u001b\[\?[\d;]*c/g;
// What may still become a reply. A lone ESC (the Escape key) or `ESC [` (an arrow key) is never held: they
// are keys far more often than the first byte of a split reply.
const partialReply = /\u001b(?:\](?:\d+(?:;[\u0020-\u007e]*\u001b?)?)?|\[\?[\d;]*)$/;
/** No reply is longer; a "partial" that grows past this was never one. */
const maxHeld = 256;

export function createReplyFilter(onReply: (reply: Reply) => void = () => {}): ReplyFilter {
	let held = '';
	// A read that ended in a lone ESC let it through; if the next starts `]`, that ESC began a reply. It is
	// gone (the screen will take it as Escape), but the rest is still recognised and taken out.
	let afterEscape = false;
	return {
		push(chunk) {
			const resumed = held === '' && afterEscape && chunk.startsWith(']');
			let text = (resumed ? '\u001b' : held) + chunk;
			text = text.replace(completeReply, (_match, code: string | undefined, payload: string | undefined) => {
				onReply(code === undefined ? {kind: 'device-attributes'} : {kind: 'osc', code: Number(code), payload: payload ?? ''});
				return '';
			});
			const partial = partialReply.exec(text);
			held = partial && partial[0].length >= 2 && partial[0].length <= maxHeld ? partial[0] : '';
			if (held !== '') text = text.slice(0, -held.length);
			if (resumed && text.startsWith('\u001b')) text = text.slice(1);
			afterEscape = held === '' && text.endsWith('\u001b');
			return text;
		},
	};
}
