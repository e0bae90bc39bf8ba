// Whether an error came with an answer: only then is its message AWS's to show as "AWS says".
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyError} from '../../source/poller/classify-error.js';

const context = {iamAction: 'ec2:DescribeExportImageTasks', region: 'us-east-1'};

test('an error with an HTTP status is what AWS (or the endpoint) said; one without is local', () => {
	const answered = classifyError(
		Object.assign(new Error('Request limit exceeded.'), {name: 'RequestLimitExceeded', $metadata: {httpStatusCode: 503}}),
		context,
	);
	assert.equal(answered.local, undefined);
	const timeout = classifyError(Object.assign(new Error('no answer within 20 s'), {name: 'TimeoutError'}), context);
	assert.equal(timeout.local, true);
	const refused = classifyError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {code: 'ECONNREFUSED'}), context);
	assert.equal(refused.local, true);
});
