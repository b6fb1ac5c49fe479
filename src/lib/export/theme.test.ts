import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ink } from './theme';

// An exported image carries no CSS variables, so the export writes the page's tokens out as
// literals; this fails when one side changes without the other.
const rootTokens = Object.fromEntries(
	[...readFileSync('src/app.css', 'utf8').matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)].map((m) => [
		m[1],
		m[2]!.trim()
	])
);

test.each([
	['--ink', ink.text],
	['--ink-muted', ink.muted],
	['--paper', ink.paper],
	['--paper-alt', ink.paperAlt],
	['--rule', ink.rule]
])('the export draws app.css %s as %s', (token, value) => {
	expect(rootTokens[token]).toBe(value);
});
