import { countDone, type Progress } from '../../lib/progress/progress';
import { describeHours, hoursLeft, sumHours, type Hours } from '../../lib/roadmap/study-time';
import { bindPace, finishText } from './pace';
import { getProgressStore } from '../progress/progress-store';

/** One part of a row: a topic's fewest and most hours and its item ids, space-separated. */
type Part = [number, number, string];

/** What is left of a row's topics, given the reader's ticks. */
function leftOf(parts: readonly Part[], progress: Progress): Hours {
	return sumHours(
		parts.map(([fewest, most, ids]) => {
			const items = ids.split(' ').filter(Boolean);
			return hoursLeft([fewest, most], items.length, countDone(progress, items));
		}),
	);
}

/**
 * `<pbr-study-plan>` (StudyPlan.astro): fills in the hours left for each row and in total, and when the reader
 * would finish at the hours a week they type; the number is remembered for the next page.
 */
class PbrStudyPlan extends HTMLElement {
	connectedCallback(): void {
		const store = getProgressStore();
		const rows = [...this.querySelectorAll<HTMLElement>('[data-pbr-parts]')].map((row) => ({
			parts: JSON.parse(row.dataset.pbrParts!) as Part[],
			cell: row.querySelector('[data-pbr-left]')!,
		}));
		const pace = this.querySelector<HTMLInputElement>('[data-pbr-pace]')!;
		const update = () => {
			const left = rows.map((row) => leftOf(row.parts, store.value));
			rows.forEach((row, index) => (row.cell.textContent = describeHours(left[index])));
			const total = sumHours(left);
			this.querySelector('[data-pbr-total] [data-pbr-left]')!.textContent = describeHours(total);
			this.querySelector('[data-pbr-finish]')!.textContent = finishText(total, pace);
		};
		bindPace(pace, update);
		store.subscribe(update);
		update();
	}
}

customElements.define('pbr-study-plan', PbrStudyPlan);
