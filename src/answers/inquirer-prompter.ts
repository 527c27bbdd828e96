import { confirm, input, password, search, select } from '@inquirer/prompts';
import type { Lang } from '../types.js';
import type { Choice, Prompter } from './prompter.js';

/** The choices whose name holds every typed word (any order, any case); all of them before anything is typed. */
export function filterChoices<T>(choices: Choice<T>[], term: string | undefined): Choice<T>[] {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return choices;
  return choices.filter((c) => {
    const name = `${c.name} ${c.description ?? ''}`.toLowerCase();
    return words.every((w) => name.includes(w));
  });
}

/** Inquirer's own words (key hints, yes/no, a search without results) in Korean; English keeps inquirer's. */
const KOREAN_WORDS = {
  navigate: '이동',
  select: '선택',
  'toggle visibility': '입력 내용 보기/숨기기',
  yes: '예',
  no: '아니요',
  yesOrNo: 'y(예) 또는 n(아니요)로 답하십시오',
  noResults: '맞는 항목이 없습니다. 입력한 글자를 일부 지우십시오',
} as const;

/** Inquirer's names of what a key does (select, search, password prompts). */
const KEY_ACTIONS: Record<string, string> = {
  navigate: KOREAN_WORDS.navigate,
  select: KOREAN_WORDS.select,
  'toggle visibility': KOREAN_WORDS['toggle visibility'],
};

/**
 * The Korean theme: the key hint keeps inquirer's keys (↑↓, ⏎) and names their actions; an error line keeps
 * inquirer's "> " mark, and inquirer's one fixed sentence, the search's "No results found", is replaced.
 */
const KOREAN_THEME = {
  style: {
    keysHelpTip: (keys: [string, string][]) =>
      keys.map(([key, action]) => `${key} ${KEY_ACTIONS[action] ?? action}`).join(' • '),
    error: (text: string) => `> ${text === 'No results found' ? KOREAN_WORDS.noResults : text}`,
  },
};

/**
 * The real terminal prompter over @inquirer/prompts; `write` prints help lines and the review screen. `lang` is the
 * wizard's language, for inquirer's key hints and yes/no words.
 */
export function inquirerPrompter(write: (text: string) => void, lang: Lang = 'en'): Prompter {
  const ko = lang === 'ko';
  const theme = ko ? KOREAN_THEME : {};
  // Typing y or n answers a yes/no question in both languages; the answer shown afterwards is in the wizard's.
  const yesNo = ko
    ? {
        transformer: (value: boolean) => (value ? KOREAN_WORDS.yes : KOREAN_WORDS.no),
        theme: { keywords: { error: () => KOREAN_WORDS.yesOrNo } },
      }
    : {};
  return {
    select: (options) =>
      select({
        message: options.message,
        choices: options.choices.map((c) => ({
          value: c.value,
          name: c.name,
          ...(c.description ? { description: c.description } : {}),
        })),
        ...(options.default !== undefined ? { default: options.default } : {}),
        pageSize: 12,
        theme,
      }),
    input: (options) =>
      input({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
        ...(options.validate ? { validate: options.validate } : {}),
        theme,
      }),
    confirm: (options) =>
      confirm({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
        ...yesNo,
      }),
    password: (options) =>
      password({
        message: options.message,
        mask: '*',
        ...(options.validate ? { validate: options.validate } : {}),
        theme,
      }),
    search: (options) =>
      search({
        message: options.message,
        source: (term) =>
          filterChoices(options.choices, term).map((c) => ({
            value: c.value,
            name: c.name,
            ...(c.description ? { description: c.description } : {}),
          })),
        pageSize: 12,
        theme,
      }),
    note: (text) => write(`${text}\n`),
  };
}
