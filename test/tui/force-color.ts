// Imported first by tests that need Ink's colours on: chalk decides its colour level when it is loaded, and
// a test process's stdout is not a terminal.
process.env['FORCE_COLOR'] = '1';
