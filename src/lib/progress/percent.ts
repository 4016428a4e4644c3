/**
 * Whole-number percentage, never showing 100 before everything is done. A module of its own: every page's
 * progress script needs it, and in src/lib/roadmap/roadmap.ts it pulled that module's other browser code
 * (for the continue link and the progress page) into every page.
 */
export function percent(done: number, total: number): number {
	if (total === 0) return 0;
	const value = Math.floor((done / total) * 100);
	return done < total ? Math.min(value, 99) : 100;
}
