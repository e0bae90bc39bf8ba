// Keys typed faster than they are read, on a real terminal: the pty hands cutwatch several keys in one read,
// as an SSH link or tmux send-keys does. Each key must be handled by the view it lands in.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {hasScript, node, spawnPty, terminalEnv} from '../helpers/pty.js';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';

test('on a pty, "/ BSpace BSpace BSpace Enter q" typed in one burst closes the search and quits (no detail opened)', async (t) => {
	if (!hasScript()) return t.skip('util-linux script(1) is not installed');
	const pty = spawnPty([node, cliPath, '--demo'], {columns: 120, rows: 40, env: terminalEnv(cleanEnv())});
	t.after(() => pty.kill());
	await pty.waitFor('import-snap-');
	pty.type('/\u007f\u007f\u007f\rq');
	// Were Enter taken by the list it would open a detail, which q would only close: cutwatch would not exit.
	assert.equal(await pty.exited(15_000), 0, pty.output().slice(-2000));
});
