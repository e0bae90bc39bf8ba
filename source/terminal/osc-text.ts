// Text that goes inside one of cutwatch's own escape sequences. AWS strings (ids, names, failure reasons)
// are sanitised first; then anything that could end or split the sequence is removed: ESC, BEL, the C1 ST,
// and (for protocols that use it as a field separator) ';'. Long text is cut, on a character boundary.
import {sanitize} from '../format/sanitize.js';

export function oscText(value: unknown, maxChars: number, options: {noSemicolon?: boolean} = {}): string {
	let text = sanitize(value).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
	if (options.noSemicolon) text = text.replace(/;/g, ',');
	const chars = [...text];
	return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : text;
}

export function base64(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64');
}
