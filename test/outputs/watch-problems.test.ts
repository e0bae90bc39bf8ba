// --watch's stderr line for a source that starts to fail says what failed, not only its code: the message,
// sanitised (nothing from AWS reaches the terminal as an escape sequence) and in plain words.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {captureIo} from '../helpers/capture-io.js';
import {runWatch} from '../../source/outputs/watch.js';
import type {Session} from '../../source/session/session.js';
import {createCutwatchStore} from '../../source/store/index.js';
import {sourceKey} from '../../source/store/source-key.js';

function watchStderr(fail: (store: ReturnType<typeof createCutwatchStore>, key: string) => void): Promise<string> {
	const store = createCutwatchStore();
	store.getState().registerSource('export-image', {region: 'eu-west-1'});
	const key = sourceKey('export-image', {region: 'eu-west-1'});
	const {io, stderr} = captureIo();
	// Only the store and the poller's start are used by --watch; there is no poller to start here.
	const session = {store, poller: {start: () => {}}} as unknown as Session;
	const stop = new AbortController();
	const watching = runWatch(session, io, stop.signal, {statuses: []}, () => 1_000_000);
	fail(store, key);
	stop.abort();
	return watching.then(() => stderr());
}

test('a source that starts failing: one line with the code, the plain sanitised message, the retry and the hint', async () => {
	const stderr = await watchStderr((store, key) =>
		store.getState().pollFailed(
			key,
			{
				code: 'TimeoutError',
				message: '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 20000 ms requestTimeout.\u001b]0;owned\u0007',
				hint: 'AWS did not answer within 20 s: retrying',
				throttled: false,
			},
			1_000_000,
			1_030_000,
		),
	);
	assert.equal(
		stderr,
		'cutwatch: Image exports (eu-west-1): error TimeoutError: no answer within 20 s, retry in 30s — AWS did not answer within 20 s: retrying\n',
	);
});

test('a message that only repeats the code is not said twice, and control characters never reach the terminal', async () => {
	const same = await watchStderr((store, key) =>
		store.getState().pollFailed(key, {code: 'InternalError', message: 'InternalError', hint: 'AWS server error: retrying', throttled: false}, 1_000_000),
	);
	assert.equal(same, 'cutwatch: Image exports (eu-west-1): error InternalError — AWS server error: retrying\n');
	const hostile = await watchStderr((store, key) =>
		store.getState().pollFailed(key, {code: 'Denied', message: 'no\u001b[2J\u001b[31m access', hint: 'ask for access', throttled: false}, 1_000_000),
	);
	assert.doesNotMatch(hostile, /\u001b/);
	assert.match(hostile, /error Denied: no.*access — ask for access\n$/);
});
