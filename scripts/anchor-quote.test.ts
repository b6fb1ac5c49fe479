import { describe, expect, it } from 'vitest';
import { main } from './anchor-quote';

describe('the CLI', () => {
	it('prints help and rejects bad arguments', () => {
		expect(main(['--help'])).toBe(0);
		expect(main(['only-one-arg'])).toBe(2);
		expect(main(['../etc', 'x'])).toBe(2);
		expect(main(['izvestia-2025-04-14-p3', 'x', '0'])).toBe(2);
	});
});
