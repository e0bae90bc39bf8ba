// Escaping text for EC2's XML 1.0 responses, so scenario data (including hostile data) arrives as sent.
//
// What XML 1.0 can carry:
// - `& < >` become entities; every AWS client decodes them.
// - CR becomes `&#xD;`: a literal CR would be turned into LF by the parser's end-of-line normalisation.
// - TAB and LF travel literally. C1 controls (U+0080-U+009F, e.g. the 8-bit CSI U+009B), DEL, bidi overrides and
//   astral characters are legal XML and travel literally too (the SDK's parser decodes `&#x1F600;` wrongly, so
//   astral characters are never written as references).
// What it cannot carry: the other C0 controls (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F: ESC among them),
// U+FFFE, U+FFFF and unpaired surrogates are not XML characters, not even as `&#x1B;`. By default they are replaced
// with U+FFFD so every client (botocore's expat included) still parses the page. The 'reference' mode writes them
// as numeric references instead: not well-formed, and strict parsers reject the whole response, but the AWS SDK for
// JavaScript's lenient parser decodes them, which lets a test push a real ESC sequence through the SDK.
// Discovery's JSON carries every character, so hostile-data tests can always use that pane.
// One more quirk to know: the SDK reads an element whose whole text is whitespace containing LF as "".

export type XmlControlCharacters = 'replace' | 'reference';

const needsWork = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const special = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;'};

export function escapeXmlText(text: string, controls: XmlControlCharacters = 'replace'): string {
	if (!needsWork.test(text)) return text;
	return text.replace(special, (character) => {
		const entity = entities[character];
		if (entity !== undefined) return entity;
		return controls === 'reference' ? `&#x${character.charCodeAt(0).toString(16).toUpperCase()};` : '\uFFFD';
	});
}
