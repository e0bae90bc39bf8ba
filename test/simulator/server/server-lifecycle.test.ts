// The server's life: loopback only, OS-chosen ports, prompt close even with hanging and keep-alive connections,
// and restart on the same port (so clients can be tested against connection refused).
import assert from 'node:assert/strict';
import {connect} from 'node:net';
import {describe, it} from 'node:test';
import {DescribeExportImageTasksCommand} from '@aws-sdk/client-ec2';
import {startSimulator} from '../../../source/simulator/index.js';
import {discoveryCall, ec2Client, rejection} from '../helpers.js';

function connectable(port: number, host: string): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, host);
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

describe('server lifecycle', () => {
	it('binds 127.0.0.1 on a port the OS picks', async () => {
		const sim = await startSimulator();
		try {
			assert.ok(sim.port > 0);
			assert.equal(sim.endpoint, `http://127.0.0.1:${sim.port}`);
			assert.equal(await connectable(sim.port, '127.0.0.1'), true);
		} finally {
			await sim.close();
		}
	});

	it('close() ends promptly with a hanging request and a keep-alive client, and the client sees the connection drop', async () => {
		const sim = await startSimulator();
		const client = ec2Client(sim.endpoint);
		await client.send(new DescribeExportImageTasksCommand({})); // leaves a keep-alive socket open
		sim.setFault('*', {kind: 'hang'});
		const pending = rejection(client.send(new DescribeExportImageTasksCommand({})));
		const hangingDiscovery = discoveryCall(sim.endpoint).then(
			() => 'answered',
			() => 'dropped',
		);
		const deadline = Date.now() + 5000;
		while (sim.requests().length < 3) {
			assert.ok(Date.now() < deadline, 'requests never arrived');
			await new Promise((resolve) => setImmediate(resolve));
		}
		const started = performance.now();
		await sim.close();
		assert.ok(performance.now() - started < 1000, 'close() waited for the hanging requests');
		const error = await pending;
		assert.match(`${error.name} ${error.message}`, /socket hang up|ECONNRESET/i);
		assert.equal(await hangingDiscovery, 'dropped');
		client.destroy();
	});

	it('can stop and start again on the same port; in between, connections are refused', async () => {
		const first = await startSimulator();
		const {port, endpoint} = first;
		const before = ec2Client(endpoint);
		await before.send(new DescribeExportImageTasksCommand({}));
		before.destroy();
		await first.close();
		await first.close(); // closing twice is harmless
		const during = ec2Client(endpoint);
		const refused = await rejection(during.send(new DescribeExportImageTasksCommand({})));
		during.destroy();
		assert.match(`${(refused as Error & {code?: string}).code} ${refused.message}`, /ECONNREFUSED/);
		const second = await startSimulator({port});
		const after = ec2Client(endpoint);
		try {
			assert.equal(second.port, port);
			const output = await after.send(new DescribeExportImageTasksCommand({}));
			assert.equal(output.$metadata.httpStatusCode, 200);
		} finally {
			after.destroy();
			await second.close();
		}
	});

	it('refuses bad options and a port that is taken', async () => {
		await assert.rejects(startSimulator({speed: 0}), /speed must be a positive number/);
		await assert.rejects(startSimulator({port: 70_000}), /port must be an integer from 0 to 65535/);
		const first = await startSimulator();
		try {
			await assert.rejects(startSimulator({port: first.port}), {code: 'EADDRINUSE'});
		} finally {
			await first.close();
		}
	});
});
