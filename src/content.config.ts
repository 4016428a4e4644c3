import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { roadmapDocsLoader } from './loaders/roadmap-docs-loader';
import { topicFields } from './schemas/topic';
import { comparisonsLoader } from './loaders/comparisons-loader';
import { comparisonTableSchema } from './schemas/comparison';
import { versionsLoader } from './loaders/versions-loader';
import { versionEntrySchema } from './schemas/versions';
import { questionsLoader } from './loaders/questions-loader';
import { renderedQuestionsSchema } from './lib/content/questions';

export const collections = {
	docs: defineCollection({
		loader: roadmapDocsLoader(),
		schema: docsSchema({ extend: z.object(topicFields) }),
	}),
	comparisons: defineCollection({
		loader: comparisonsLoader(),
		schema: comparisonTableSchema,
	}),
	versions: defineCollection({
		loader: versionsLoader(),
		schema: versionEntrySchema,
	}),
	questions: defineCollection({
		loader: questionsLoader(),
		schema: renderedQuestionsSchema,
	}),
};
