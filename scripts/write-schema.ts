// Writes the published JSON Schemas from the valibot schemas; a unit test fails when they are stale.
import { writeFileSync } from 'node:fs';
import { jsonSchemaFiles, jsonSchemas } from '../src/lib/catalog/json-schema';

const schemas = jsonSchemas();
for (const key of Object.keys(jsonSchemaFiles) as (keyof typeof jsonSchemaFiles)[]) {
	writeFileSync(jsonSchemaFiles[key], schemas[key]);
	console.log(`wrote ${jsonSchemaFiles[key]}`);
}
