import type { Voice } from '../model/types';
import { voiceStyle } from '../model/voice';

/**
 * The custom properties that colour a mark: ink and underline style of its first side, and a
 * background striped with every side citing it. The author's words alone (framing, or an account of
 * a side) are a grey wavy line, or nothing while that layer is hidden. `voices` are those citing the
 * mark, in voice order.
 */
export function markStyle(voices: readonly Voice[], showAuthor: boolean): string {
	const sides = voices.filter((v) => v.kind === 'side');
	const [first] = sides;
	if (first === undefined) {
		return showAuthor && voices.length > 0
			? '--mark-ink: var(--author); --mark-line: wavy; --mark-bg: none;'
			: '';
	}
	const soft = (v: Voice) => `var(--${voiceStyle(v).token}-soft)`;
	const bands = sides.map((side, i, all) => {
		const from = Math.round((i / all.length) * 100);
		const to = Math.round(((i + 1) / all.length) * 100);
		return `${soft(side)} ${from}% ${to}%`;
	});
	const bg = sides.length > 1 ? `linear-gradient(${bands.join(', ')})` : soft(first);
	const { token } = voiceStyle(first);
	return `--mark-ink: var(--${token}); --mark-line: var(--${token}-line); --mark-bg: ${bg};`;
}

/** The letters of the voices whose links end at this mark, the author's (✎, ✎A) only while shown. */
export function markLetters(opens: readonly Voice[], showAuthor: boolean): string | undefined {
	const shown = opens.flatMap((v) =>
		v.kind !== 'side' && !showAuthor ? [] : [voiceStyle(v).letter]
	);
	return shown.length > 0 ? shown.join(' ') : undefined;
}
