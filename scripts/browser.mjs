// Finds a Chromium for Playwright and Vitest's browser mode. Browser downloads are blocked on our
// machines, so Playwright's own build is used only when it is already installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Chromium quiet on a closed network and let it run as root in a container. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

/** The executable to launch, or undefined for Playwright's own browser. Never installs anything. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
		return { executablePath: process.env.CHROMIUM_PATH };
	}
	try {
		if (existsSync(chromium.executablePath())) return { executablePath: undefined };
	} catch {
		// Playwright throws when it has no browser registry entry; fall through to the system one.
	}
	const found = systemChromium.find((path) => existsSync(path));
	return found ? { executablePath: found } : null;
}

/**
 * Finds a browser, or installs Debian's Chromium when running as root on Debian.
 * Returns the launch options, or throws with one line saying how to get a browser.
 */
export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('No Chromium found: installing Debian’s chromium with apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
			stdio: 'inherit',
			env
		});
		const installed = findChromium();
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found. Install one (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.'
	);
}
