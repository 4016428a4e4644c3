/** Heading id of the questions section CheckYourself adds after the page content. */
export const CHECK_SECTION = { slug: 'check-yourself', text: 'Check yourself' } as const;

/** Heading ids of the sections the topic footer adds, shared with the table of contents. */
export const FOOTER_SECTIONS = [
	{ slug: 'before-and-after', text: 'Before and after this topic' },
	{ slug: 'resources', text: 'Resources' },
] as const;

/** Human labels for resource types, shown as badges. */
export const RESOURCE_LABELS = {
	official: 'Official',
	docs: 'Docs',
	article: 'Article',
	video: 'Video',
	course: 'Course',
	tool: 'Tool',
} as const;
