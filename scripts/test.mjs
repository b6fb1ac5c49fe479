// `npm test`: every check in one command — types, lint, unit and component tests, end-to-end tests.
// It ends with one plain line "N passed, N failed" counted from all runners, because CI reads only
// that line, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';

const tmp = '.tmp/test';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

let browser;
try {
	browser = ensureChromium();
} catch (error) {
	console.error(error.message);
	console.log('0 passed, 1 failed');
	process.exit(1);
}
const env = { ...process.env };
if (browser.executablePath) env.CHROMIUM_PATH = browser.executablePath;

function run(title, command, args, extraEnv = {}) {
	console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
	return result.status === 0;
}

function readJson(path) {
	try {
		return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
	} catch {
		return undefined;
	}
}

const tally = { passed: 0, failed: 0 };
const lines = [];
function count(name, passed, failed) {
	tally.passed += passed;
	tally.failed += failed;
	lines.push(`${name.padEnd(12)} ${passed} passed, ${failed} failed`);
}

const npx = 'npx';
const checkOk =
	run('Types', npx, ['svelte-kit', 'sync']) &&
	run('Types', npx, ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
count('types', checkOk ? 1 : 0, checkOk ? 0 : 1);

const prettierOk = run('Format', npx, ['prettier', '--check', '.']);
const eslintOk = run('Lint', npx, ['eslint', '.']);
count('lint', (prettierOk ? 1 : 0) + (eslintOk ? 1 : 0), (prettierOk ? 0 : 1) + (eslintOk ? 0 : 1));

const vitestJson = `${tmp}/vitest.json`;
const vitestOk = run('Unit and component tests', npx, [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestJson}`
]);
const vitest = readJson(vitestJson);
if (vitest) {
	const failed = vitest.numFailedTests + (vitestOk || vitest.numFailedTests > 0 ? 0 : 1);
	count('vitest', vitest.numPassedTests, failed);
} else {
	count('vitest', 0, 1);
}

const playwrightJson = `${tmp}/playwright.json`;
const playwrightOk = run('End-to-end tests', npx, ['playwright', 'test'], {
	PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson
});
const stats = readJson(playwrightJson)?.stats;
if (stats) {
	const failed = stats.unexpected + (playwrightOk || stats.unexpected > 0 ? 0 : 1);
	count('playwright', stats.expected + stats.flaky, failed);
} else {
	count('playwright', 0, 1);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
