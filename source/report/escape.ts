// Escaping for the report's two syntaxes. Strings are already sanitised (no controls); these make sure a task
// name can never become markup: no tag, no attribute, no link, no table column.

const html: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Safe in HTML text and in double- or single-quoted attributes (SVG included). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => html[c]!);
}

/** Safe in a Markdown table cell: no column break, no emphasis, code, link, heading or raw HTML. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}
