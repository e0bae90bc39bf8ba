// Loaded before every test file: the project needs Node >= 22.12 (the `node` devDependency provides it
// to npm scripts). Fail loudly rather than run the suite on the machine's older Node.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	throw new Error(`cutwatch tests need Node >= 22.12, got ${process.version}: run them through "npm test".`);
}
