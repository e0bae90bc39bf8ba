import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createClientSet} from '../../source/aws/clients.js';

test('the EC2 client has a logger without info(): the SDK then skips filtering every response for a log line', () => {
	const clients = createClientSet({region: 'us-east-1', endpoint: 'http://127.0.0.1:9', credentials: {accessKeyId: 'AKIDTEST', secretAccessKey: 'x'}});
	try {
		const {logger} = clients.ec2.config;
		assert.equal(typeof logger.error, 'function', 'errors can still be logged');
		assert.equal((logger as {info?: unknown}).info, undefined);
	} finally {
		clients.destroy();
	}
});
