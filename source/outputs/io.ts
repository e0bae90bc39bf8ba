// The streams a headless mode writes to, injected so tests capture them.
import type {Writable} from 'node:stream';

export type Io = {stdout: Writable; stderr: Writable};
