import { expect, test } from 'vitest';
import { sentenceIndex } from './sentences';
import { fixtureSentences, fixtureView } from './test-fixture';

test('gives the sentences of each passage in source offsets', () => {
	expect(sentenceIndex(fixtureView())).toEqual(fixtureSentences);
});
