import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist';

/** One rendered `<FileTree>`: the names of its entries (file or directory), with their nesting depth. */
interface TreeEntry {
	name: string;
	depth: number;
}

/** Reads the entries of every `<starlight-file-tree>` on a page, in document order. */
function fileTrees(html: string): TreeEntry[][] {
	return [...html.matchAll(/<starlight-file-tree[^>]*>([\s\S]*?)<\/starlight-file-tree>/g)].map(([, tree]) => {
		const entries: TreeEntry[] = [];
		let depth = 0;
		// Walk the tags in order: <ul> opens a level, </ul> closes it, each tree-entry names one file or directory.
		for (const [tag] of tree.matchAll(/<ul\b[^>]*>|<\/ul>|<span class="tree-entry">[\s\S]*?<\/span><\/span>/g)) {
			if (tag.startsWith('<ul')) depth++;
			else if (tag === '</ul>') depth--;
			else {
				const text = tag
					.replace(/<svg[\s\S]*?<\/svg>/g, '')
					.replace(/<[^>]+>/g, '')
					.replace(/&#x27;|&#39;/g, "'")
					.trim();
				entries.push({ name: text, depth });
			}
		}
		return entries;
	});
}

const trees = builtPages().flatMap((page) =>
	fileTrees(readPage(page)).map((entries, index) => ({ page, index, entries })),
);

describe('every <FileTree> renders as a tree', () => {
	it('finds the file trees', () => {
		expect(trees.length).toBeGreaterThanOrEqual(5);
	});

	it.each(trees.map((tree) => [`${tree.page} #${tree.index + 1}`, tree] as const))('%s', (_name, { entries }) => {
		// A reflowed Markdown list turns into one entry holding the others: "pyproject.toml - src/ - app/ …".
		const collapsed = entries.filter((entry) => /\s-\s\S/.test(entry.name) || /\\_/.test(entry.name));
		expect(collapsed, 'entries with collapsed list markers (Prettier reflowed the list?)').toEqual([]);
		expect(entries.length, 'a file tree with fewer than 2 entries').toBeGreaterThanOrEqual(2);
		// A tree of files in folders has entries below the top level; losing the indentation flattens it.
		if (entries.some((entry) => entry.name.split(/\s/)[0].endsWith('/'))) {
			expect(
				Math.max(...entries.map((entry) => entry.depth)),
				'a tree whose folders lost their contents',
			).toBeGreaterThan(1);
		}
	});
});
