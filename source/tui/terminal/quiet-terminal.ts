// While Ink owns the screen nothing else may write to the terminal: one line from a library lands in the
// middle of a frame, and incremental rendering never repaints over it. The ways libraries talk are
// process.emitWarning (the AWS SDK's NodeVersionSupportWarning on Node < 22, Node's own deprecations) and
// console.* (the SDK's default loggers are a no-op or `console`, e.g. @smithy/node-http-handler's socket and
// timeout warnings, @aws-sdk/credential-provider-node's), and the odd direct process.stderr.write (the `debug`
// package). Ink itself writes only to stdout. This module is the one place that diverts them: each becomes a
// held message handed to `hold`, and everything is put back as it was on release.
import {Console} from 'node:console';
import process from 'node:process';
import {Writable} from 'node:stream';
import {sanitize} from '../../format/sanitize.js';

export type HeldSource = 'warning' | 'console' | 'stderr';
export type HeldMessage = {readonly source: HeldSource; readonly text: string};

/** Releases the terminal's streams: console, process.emitWarning and stderr's write are the originals again. */
export type Release = () => void;

type EmitWarning = typeof process.emitWarning;

function warningText(warning: string | Error, typeOrOptions?: unknown): string {
	if (warning instanceof Error) return `${warning.name}: ${warning.message}`;
	const type =
		typeof typeOrOptions === 'string'
			? typeOrOptions
			: typeof typeOrOptions === 'object' && typeOrOptions !== null && 'type' in typeOrOptions && typeof typeOrOptions.type === 'string'
				? typeOrOptions.type
				: 'Warning';
	const text = String(warning);
	// The SDK names its warning in the text and leaves the type at the default: do not say it twice.
	return type === 'Warning' && /^\w+Warning:/.test(text) ? text : `${type}: ${text}`;
}

/**
 * Diverts process.emitWarning, every console method and process.stderr.write to `hold` until the returned release is called.
 * Console output is formatted by a private Console as the real one would (format strings, inspect, tables,
 * counters, groups); a write that ends in a newline is one message.
 */
export function quietTerminal(hold: (message: HeldMessage) => void): Release {
	const sink = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			const text = String(chunk).replace(/\n$/, '');
			if (text !== '') hold({source: 'console', text});
			done();
		},
	});
	const quiet = new Console({stdout: sink, stderr: sink, colorMode: false});
	const saved = new Map<string, PropertyDescriptor>();
	for (const name of Object.keys(console)) {
		const descriptor = Object.getOwnPropertyDescriptor(console, name);
		const replacement: unknown = Reflect.get(quiet, name);
		if (!descriptor || typeof descriptor.value !== 'function' || typeof replacement !== 'function') continue;
		saved.set(name, descriptor);
		Object.defineProperty(console, name, {...descriptor, value: replacement.bind(quiet)});
	}

	const emitWarning: EmitWarning = process.emitWarning;
	// Node's own printer is a 'warning' listener; emitting nothing keeps it (and every other listener) quiet.
	process.emitWarning = ((warning: string | Error, typeOrOptions?: unknown) => {
		hold({source: 'warning', text: warningText(warning, typeOrOptions)});
	}) as EmitWarning;

	const stderr = process.stderr;
	const write = Object.getOwnPropertyDescriptor(stderr, 'write');
	const heldWrite = (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
		const text = (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')).replace(/\n$/, '');
		if (text !== '') hold({source: 'stderr', text});
		const done = typeof encoding === 'function' ? encoding : callback;
		if (typeof done === 'function') process.nextTick(done as () => void);
		return true;
	};
	Object.defineProperty(stderr, 'write', {configurable: true, writable: true, value: heldWrite});

	let released = false;
	return () => {
		if (released) return;
		released = true;
		if (write) Object.defineProperty(stderr, 'write', write);
		else Reflect.deleteProperty(stderr, 'write');
		process.emitWarning = emitWarning;
		for (const [name, descriptor] of saved) Object.defineProperty(console, name, descriptor);
	};
}

/** Held text as one line, safe for a terminal: stack frames dropped (no stack traces for users), whitespace folded. */
export function heldLine(text: string): string {
	const lines = text.split('\n').filter((line) => !/^\s+at /.test(line));
	return sanitize(
		lines
			.join(' ')
			.replace(/\s+/g, ' ')
			// Node's own warning printer (reached through console.error) adds its pid and a hint for developers.
			.replace(/^\(node:\d+\) /, '')
			.replace(/ \(Use `node --trace-warnings \.\.\.` to show where the warning was created\)$/, '')
			.trim(),
	);
}
