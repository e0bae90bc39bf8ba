// Library wording no user should have to read: the Node HTTP handler's timeouts name the package, a log level
// and its option names ("@smithy/node-http-handler - [ERROR] a request has exceeded the configured 20000 ms
// requestTimeout."). Said plainly, with the number that matters; anything else only loses such a prefix.
import {formatMs} from './deadline.js';

const rewrites: Array<[RegExp, (ms: number) => string]> = [
	[/exceeded the configured (\d+) ms requestTimeout/, (ms) => `no answer within ${formatMs(ms)}`],
	[/did not establish a connection with the server within the configured timeout of (\d+) ms/, (ms) => `could not connect within ${formatMs(ms)}`],
	[/socket timed out after (\d+) ms of inactivity/, (ms) => `the connection was silent for ${formatMs(ms)}`],
	[/timed out because of no activity for (\d+) ms/, (ms) => `the connection was silent for ${formatMs(ms)}`],
];

const libraryPrefix = /^@[\w.-]+\/[\w.-]+\s+-\s+(?:\[(?:ERROR|WARN|INFO|DEBUG)\]\s+)?/;

export function plainMessage(text: string): string {
	for (const [pattern, say] of rewrites) {
		const match = pattern.exec(text);
		if (match) return say(Number(match[1]));
	}
	return text.replace(libraryPrefix, '');
}
