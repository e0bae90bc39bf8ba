// What a line mode writes, captured: a stream that keeps its text, and an stdout/stderr pair of them.
import {Writable} from 'node:stream';

export function captureStream(): {stream: Writable; text(): string} {
	let text = '';
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			text += chunk.toString();
			done();
		},
	});
	return {stream, text: () => text};
}

export function captureIo(): {io: {stdout: Writable; stderr: Writable}; stdout(): string; stderr(): string} {
	const stdout = captureStream();
	const stderr = captureStream();
	return {io: {stdout: stdout.stream, stderr: stderr.stream}, stdout: stdout.text, stderr: stderr.text};
}
