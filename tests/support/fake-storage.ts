/** A Storage over a Map, with switches for the ways real storage fails. */
export function fakeStorage(
	initial: Record<string, string> = {},
	{ full = false, throws = false }: { full?: boolean; throws?: boolean } = {},
): Storage & { keys(): string[] } {
	const data = new Map(Object.entries(initial));
	const guard = () => {
		if (throws) throw new DOMException('The operation is insecure.', 'SecurityError');
	};
	return {
		get length() {
			return data.size;
		},
		keys: () => [...data.keys()],
		key: (index) => [...data.keys()][index] ?? null,
		getItem: (key) => (guard(), data.get(key) ?? null),
		setItem: (key, value) => {
			guard();
			if (full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => void data.delete(key),
		clear: () => data.clear(),
	};
}
