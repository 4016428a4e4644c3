import sharp from 'sharp';

/** The favicon's drawing (public/favicon.svg) without its background: a "P" and a dot, on a 32×32 grid. */
const MARK =
	'<path d="M8 23V9h7a5 5 0 0 1 0 10h-3v4z" fill="#ffd43b"/><circle cx="22.5" cy="21.5" r="2.5" fill="#8fd3ff"/>';
/** The favicon's background colour, also the manifest's background colour. */
export const ICON_BACKGROUND = '#1f3b5c';

/** The icons of the web app manifest, by file name (without `.png`). */
export const APP_ICONS = {
	/** The favicon as it is, rounded corners and all. */
	'icon-192': { size: 192, maskable: false },
	'icon-512': { size: 512, maskable: false },
	/**
	 * For launchers that cut icons to a circle or squircle: the background fills the square and the mark sits
	 * in the middle 60%, inside the safe zone (the central circle of 80% diameter) of the maskable icon spec.
	 */
	'maskable-512': { size: 512, maskable: true },
} as const;
export type AppIconName = keyof typeof APP_ICONS;

/** An icon as SVG. */
export function appIconSvg(name: AppIconName): string {
	const { size, maskable } = APP_ICONS[name];
	const background = maskable
		? `<rect width="32" height="32" fill="${ICON_BACKGROUND}"/>`
		: `<rect width="32" height="32" rx="6" fill="${ICON_BACKGROUND}"/>`;
	// The mark spans x 8–25, y 9–24 (its centre 16.5, 16.5); maskable icons scale it to 60% around the centre.
	const mark = maskable ? `<g transform="translate(16 16) scale(0.75) translate(-16.5 -16.5)">${MARK}</g>` : MARK;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${background}${mark}</svg>`;
}

/** An icon as PNG. */
export function appIconPng(name: AppIconName): Promise<Buffer> {
	return sharp(Buffer.from(appIconSvg(name)))
		.png()
		.toBuffer();
}
