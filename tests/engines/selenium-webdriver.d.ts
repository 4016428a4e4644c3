/** The part of selenium-webdriver the WebKit driver uses (the package ships no types; no @types package is installed). */
declare module 'selenium-webdriver' {
	interface WebElement {
		click(): Promise<void>;
		sendKeys(...keys: string[]): Promise<void>;
	}
	interface Actions {
		keyDown(key: string): Actions;
		keyUp(key: string): Actions;
		sendKeys(...keys: string[]): Actions;
		perform(): Promise<void>;
	}
	interface WebDriver {
		get(url: string): Promise<void>;
		navigate(): { refresh(): Promise<void> };
		findElement(locator: { css: string }): Promise<WebElement>;
		executeScript<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
		actions(): Actions;
		getWindowHandle(): Promise<string>;
		switchTo(): { window(handle: string): Promise<void>; newWindow(type: 'tab' | 'window'): Promise<void> };
		manage(): { window(): { setRect(rect: { width: number; height: number }): Promise<void> } };
		close(): Promise<void>;
		quit(): Promise<void>;
	}
	export class Builder {
		usingServer(url: string): Builder;
		withCapabilities(capabilities: Record<string, unknown>): Builder;
		build(): Promise<WebDriver> & WebDriver;
	}
	export const Key: Record<'SPACE' | 'TAB' | 'ENTER' | 'ESCAPE' | 'CONTROL', string>;
}
