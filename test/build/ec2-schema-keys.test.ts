import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {rewriteSchemaKeys} from '../../source/build/ec2-schema-keys.js';

const require = createRequire(import.meta.url);
const schemaFile = join(dirname(require.resolve('@aws-sdk/client-ec2/package.json')), 'dist-es/schemas/schemas_0.js');
const source = readFileSync(schemaFile, 'utf8');

test('the installed SDK schema module loses every computed key, each replaced by the name it stands for', () => {
	const {code, report} = rewriteSchemaKeys(source, schemaFile);
	assert.ok(report.rewrites > 1000, `${report.rewrites} rewrites`);
	assert.doesNotMatch(code, /\[_[A-Za-z0-9_$]+\]:/);
	// `_eQN` is declared as "ec2QueryName": keys that named it now say so.
	assert.match(source, /^const _eQN = "ec2QueryName";$/m);
	assert.match(code, /\{ "ec2QueryName": `Min`/);
});

test('a schema module of another shape fails the build instead of shipping unshaken', () => {
	const renamed = source.replaceAll(/^const (_[A-Za-z0-9_$]+) = /gm, 'let $1 = ');
	assert.throws(() => rewriteSchemaKeys(renamed, 'schemas_0.js'), /no longer has the shape this plugin rewrites/);
	const otherKeys = source.replaceAll(/\[(_[A-Za-z0-9_$]+)\]:/g, '[names.$1]:');
	assert.throws(() => rewriteSchemaKeys(otherKeys, 'schemas_0.js'), /no longer has the shape/);
	const oneUnknown = source.replace('[_eQN]:', '[_noSuchName]:');
	assert.throws(() => rewriteSchemaKeys(oneUnknown, 'schemas_0.js'), /names no declared constant/);
});
