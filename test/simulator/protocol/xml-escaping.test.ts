// Hostile scenario text (markup, control characters, escape sequences) reaches the client as faithfully as each
// wire format allows: XML 1.0 cannot hold most C0 controls, JSON can hold everything.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeImportSnapshotTasksCommand} from '@aws-sdk/client-ec2';
import {parseScenarioFile} from '../../../source/simulator/index.js';
import {discoveryCall, ec2Client, ec2FormCall, startTestSimulator} from '../helpers.js';

const carried = ['a & <b> > c', 'tab\there', 'two\nlines', 'crlf\r\nend', 'C1 \u009b31m csi', 'bidi \u202eevil', 'emoji 🚀 and 名前', 'del \u007f'];
const escape = 'esc \u001b[31mRED\u001b[0m bell \u0007 nul \u0000';

const scenario = parseScenarioFile({
	importSnapshots: [
		{
			id: 'import-snap-0000000000000000a',
			name: carried.join(' | '),
			description: escape,
			start: '-10m',
			outcome: 'failed',
			message: `ClientError: ${carried[0]}`,
		},
	],
	discoveryImports: [{name: `${escape} ${carried.join(' | ')}`}],
});

describe('hostile text', () => {
	it('XML carries markup, TAB/LF/CR, C1 controls, bidi and astral characters exactly', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario});
		const [task] = (await ec2Client(sim.endpoint).send(new DescribeImportSnapshotTasksCommand({}))).ImportSnapshotTasks!;
		assert.equal(task!.Tags![0]!.Value, carried.join(' | '));
		assert.equal(task!.SnapshotTaskDetail!.StatusMessage, 'ClientError: a & <b> > c');
	});

	it('XML replaces the characters XML 1.0 cannot hold with U+FFFD, keeping the response well-formed', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario});
		const [task] = (await ec2Client(sim.endpoint).send(new DescribeImportSnapshotTasksCommand({}))).ImportSnapshotTasks!;
		assert.equal(task!.Description, 'esc \uFFFD[31mRED\uFFFD[0m bell \uFFFD nul \uFFFD');
		const raw = await ec2FormCall(sim.endpoint, {Action: 'DescribeImportSnapshotTasks', Version: '2016-11-15'});
		assert.doesNotMatch(raw.body, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
		assert.doesNotMatch(raw.body, /&#x(1B|7|0);/);
	});

	it("'reference' mode pushes real escape sequences through the SDK's lenient parser", async (t) => {
		const {sim} = await startTestSimulator(t, {scenario, xmlControlCharacters: 'reference'});
		const [task] = (await ec2Client(sim.endpoint).send(new DescribeImportSnapshotTasksCommand({}))).ImportSnapshotTasks!;
		assert.equal(task!.Description, escape);
	});

	it('Discovery JSON carries every character, escape sequences included', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario});
		const {json} = await discoveryCall(sim.endpoint);
		assert.equal((json.tasks as Array<{name: string}>)[0]!.name, `${escape} ${carried.join(' | ')}`);
	});
});
