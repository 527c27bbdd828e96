import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach } from 'vitest';

/** The real wizard in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen. */
const sessions: string[] = [];
/** Every screen captured per session, so a test can judge all it showed (the language of a Korean run). */
const screens = new Map<string, string[]>();

export function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

/** Starts `command` in a detached 120×40 terminal named `name`; the session ends with the test. */
export function start(name: string, command: string): void {
  sessions.push(name);
  screens.set(name, []);
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', command);
}

/** The screen as it is now. */
export function capture(name: string): string {
  return tmux('capture-pane', '-p', '-t', name);
}

/**
 * Every screen a waitFor of this session matched: what the program drew before the next keys were typed, so no
 * half-typed answer is on it.
 */
export function capturedScreens(name: string): string[] {
  return [...(screens.get(name) ?? [])];
}

export async function waitFor(name: string, text: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = capture(name);
    if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) {
      screens.get(name)?.push(screen);
      return screen;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${screen}`);
}

/** Waits for `prompt`, then sends `keys` (tmux key names such as Enter, Down, BSpace, or text). */
export async function answer(name: string, prompt: string | RegExp, ...keys: string[]): Promise<string> {
  const screen = await waitFor(name, prompt);
  tmux('send-keys', '-t', name, ...keys);
  return screen;
}

/** Sends keys without waiting for anything. */
export function keys(name: string, ...sent: string[]): void {
  tmux('send-keys', '-t', name, ...sent);
}

/** Erases `count` characters before the cursor (a default the prompt prefilled, a mistyped value). */
export function erase(name: string, count: number): void {
  tmux('send-keys', '-t', name, ...Array.from({ length: count }, () => 'BSpace'));
}

export async function waitForFile(file: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (text.endsWith('\n')) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${file} did not appear`);
}

afterEach(() => {
  for (const name of sessions.splice(0)) {
    screens.delete(name);
    try {
      tmux('kill-session', '-t', name);
    } catch {
      // already gone
    }
  }
});
