// V8's heap sizing for cutwatch, given to Node at start: the npm command's guard (source/bin.cts, which
// re-executes itself with them and explains the numbers) and the single executable (its SEA config's execArgv).
export const heapFlags = ['--max-semi-space-size=4', '--heap-growing-percent=25'] as const;
