// Desktop notifications as the terminal understands them: OSC 9 (iTerm2, Windows Terminal, WezTerm),
// OSC 777 (rxvt-unicode, foot, Ghostty) or OSC 99 (kitty), chosen from the environment the terminal leaves.
import {base64, oscText} from './osc-text.js';
import {tmuxPassthrough} from './tmux.js';

export type NotifyProtocol = 'osc9' | 'osc777' | 'osc99';

/** What the terminal is, from the variables it sets (some survive SSH: LC_TERMINAL; tmux keeps the rest). */
export function notifyProtocolFor(env: Readonly<Record<string, string | undefined>>): NotifyProtocol {
	const term = env['TERM'] ?? '';
	const program = (env['TERM_PROGRAM'] ?? env['LC_TERMINAL'] ?? '').toLowerCase();
	if (env['KITTY_WINDOW_ID'] !== undefined || term === 'xterm-kitty') return 'osc99';
	if (program === 'ghostty' || env['GHOSTTY_RESOURCES_DIR'] !== undefined || term === 'xterm-ghostty') return 'osc777';
	if (term.startsWith('rxvt') || term.startsWith('foot')) return 'osc777';
	// iTerm2, Windows Terminal, WezTerm and the default: OSC 9 is the most widely understood.
	return 'osc9';
}

export const notifyTitle = 'cutwatch';
const maxBody = 180;

export function notifySequence(body: string, protocol: NotifyProtocol, viaTmux: boolean): string {
	let sequence: string;
	switch (protocol) {
		case 'osc9':
			// "cutwatch: " first, so the text can never read as OSC 9's numeric sub-commands (9;4 is progress).
			sequence = `\u001b]9;${notifyTitle}: ${oscText(body, maxBody)}\u0007`;
			break;
		case 'osc777':
			sequence = `\u001b]777;notify;${notifyTitle};${oscText(body, maxBody, {noSemicolon: true})}\u0007`;
			break;
		case 'osc99':
			// kitty: title then body, base64-encoded (e=1), so no text can touch the metadata.
			sequence =
				`\u001b]99;i=cutwatch:d=0:e=1:p=title;${base64(notifyTitle)}\u001b\\` + `\u001b]99;i=cutwatch:d=1:e=1:p=body;${base64(oscText(body, maxBody))}\u001b\\`;
			break;
	}
	return viaTmux ? tmuxPassthrough(sequence) : sequence;
}
