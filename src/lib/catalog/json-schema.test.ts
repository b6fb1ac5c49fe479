import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { jsonSchemaFiles, jsonSchemas } from './json-schema';

test.each(Object.keys(jsonSchemaFiles) as (keyof typeof jsonSchemaFiles)[])(
	'the published %s JSON Schema is up to date (run `npm run schema` if not)',
	(key) => {
		expect(readFileSync(jsonSchemaFiles[key], 'utf8')).toBe(jsonSchemas()[key]);
	}
);
