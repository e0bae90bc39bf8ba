import {test} from 'node:test';
import assert from 'node:assert/strict';
import {classifyError} from '../../source/poller/classify-error.js';
import {redactSecrets} from '../../source/poller/redact.js';

test('signatures, session tokens and secret keys are cut out of error text, the rest is kept', () => {
	const cases: Array<[string, string]> = [
		[
			'Authorization=AWS4-HMAC-SHA256 Credential=AKID/20261123/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd',
			'Authorization=AWS4-HMAC-SHA256 Credential=AKID/20261123/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-date, Signature=[redacted]',
		],
		[
			'https://b.s3.amazonaws.com/k?X-Amz-Signature=ab12&X-Amz-Security-Token=IQoJ%2Fxyz&X-Amz-Expires=3600',
			'https://b.s3.amazonaws.com/k?X-Amz-Signature=[redacted]&X-Amz-Security-Token=[redacted]&X-Amz-Expires=3600',
		],
		['x-amz-security-token: IQoJb3JpZ2lu\nhost: x', 'x-amz-security-token: [redacted]\nhost: x'],
		['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG', 'aws_secret_access_key = [redacted]'],
		['{"SecretAccessKey":"wJalr","SessionToken":"IQo"}', '{"SecretAccessKey":"[redacted]","SessionToken":"[redacted]"}'],
		['Request limit exceeded.', 'Request limit exceeded.'],
	];
	for (const [input, expected] of cases) assert.equal(redactSecrets(input), expected);
});

test('the error cutwatch stores is redacted before it is cut to length, so no part of a signature survives', () => {
	const signature = 'f'.repeat(64);
	const error = Object.assign(new Error(`${'x'.repeat(250)} Signature=${signature}`), {name: 'IncompleteSignature', $metadata: {httpStatusCode: 400}});
	const classified = classifyError(error, {iamAction: 'ec2:DescribeImportSnapshotTasks', region: 'us-east-1'});
	assert.ok(!classified.message.includes('ffff'), classified.message);
	assert.match(classified.hint, /AWS rejected the credentials/);
});
