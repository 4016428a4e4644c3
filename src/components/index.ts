/**
 * The components authors use in MDX pages, in one place: `import { Checklist, Example } from '~/components';`.
 * Code inside src/ imports each component from its own file instead, never from here
 * (tests/build/component-imports.test.ts checks both), so this entry point can never form an import cycle.
 */
export { default as Checklist } from './Checklist.astro';
export { default as ComparisonRowLink } from './ComparisonRowLink.astro';
export { default as ComparisonTable } from './ComparisonTable.astro';
export { default as ContinueLink } from './ContinueLink.astro';
export { default as Example } from './Example.astro';
export { default as ExamplesIndex } from './ExamplesIndex.astro';
export { default as JobAdTool } from './JobAdTool.astro';
export { default as ProgressPage } from './ProgressPage.astro';
export { default as RoadmapMap } from './RoadmapMap.astro';
export { default as StudyPlan } from './StudyPlan.astro';
export { default as Version } from './Version.astro';
