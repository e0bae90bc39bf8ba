// The live screen on a demo session (embedded simulator, real SDK clients, the real poller), for the tests that
// need all of it behind the screen: each test opens its own, and both are closed after it.
import {afterEach} from 'node:test';
import type {CutwatchStore} from '../../source/store/index.js';
import {openDemoSession, type DemoSession} from '../helpers/demo-session.js';
import {renderScreen, settle, type RenderOptions, type Screen} from './render-screen.js';

export type DemoScreens = {
	/** A demo session (`argv`: its flags) whose poller has started and whose first polls have all been answered. */
	polled(argv?: Record<string, unknown>): Promise<DemoSession>;
	/** A screen (on a demo session's store, or any other), unmounted after the test. */
	render(store: CutwatchStore, options: RenderOptions): Screen;
};

/** Call once at the top of a test file: registers the afterEach that closes what the test opened. */
export function demoScreens(): DemoScreens {
	let session: DemoSession | undefined;
	let screen: Screen | undefined;
	afterEach(async () => {
		screen?.unmount();
		screen = undefined;
		await session?.close();
		session = undefined;
	});
	return {
		async polled(argv = {}) {
			session = await openDemoSession(argv);
			session.poller.start();
			await settle();
			await session.poller.idle();
			return session;
		},
		render(store, options) {
			screen = renderScreen(store, options);
			return screen;
		},
	};
}
