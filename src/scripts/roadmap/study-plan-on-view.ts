// On load, on pages with a study plan (about 150 bytes gzipped): loads the plan's code (./study-plan) when the
// plan is about to scroll into view, so a reader who never scrolls that far does not pay for it. It loads half
// a screen early, so the hours left are filled in before the plan is seen (no layout shift).
const plan = document.querySelector('pbr-study-plan');
if (plan) {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void import('./study-plan');
		},
		{ rootMargin: '50% 0px' },
	);
	observer.observe(plan);
}
