import { fill } from '../i18n/text.js';
import type { ChecklistItem, Lang, Text } from '../types.js';

/** Which checklist items each infra file fulfils (keys of infraFileIndex in render/infra/index.ts). */
const FULFILS: Record<string, readonly string[]> = {
  loadBalancer: ['lb.haproxy', 'lb.api', 'lb.ingress'],
  dnsForward: ['dns.api', 'dns.nodes'],
  dnsServerConfig: ['dns.api'],
  dnsReverse: ['dns.ptr'],
  dhcp: ['network.addresses'],
};

/** Items whose inline example a complete file replaces (lb.haproxy shows a sample HAProxy configuration). */
const EXAMPLE_REPLACED_BY_FILE: ReadonlySet<string> = new Set(['lb.haproxy']);

const READY: Text = {
  en: 'Ready-to-apply file in the plan folder: {files}. Values it does not know are marked REPLACE or left commented out; fill them in before you apply it.',
  ko: '계획 폴더에 바로 적용할 수 있는 파일이 있습니다: {files}. 알 수 없는 값은 REPLACE로 표시하거나 주석으로 남겨 두었으니 적용하기 전에 채워 넣으세요.',
};

/**
 * Points each checklist item at the infra files that fulfil it (issue: "referenced from the checklist item it
 * fulfils"). The first item of a mapping that exists in this plan gets the reference; the rest stay as they are.
 */
export function linkInfraFiles(
  items: ChecklistItem[],
  index: Record<string, string | string[]>,
  lang: Lang,
): ChecklistItem[] {
  const filesById = new Map<string, string[]>();
  for (const [key, value] of Object.entries(index)) {
    const files = Array.isArray(value) ? value : [value];
    if (files.length === 0) continue;
    const targets = FULFILS[key] ?? [];
    const ids = key === 'dnsForward' ? targets : targets.slice(0, 1);
    const present = key === 'dnsForward' ? ids : [targets.find((id) => items.some((item) => item.id === id))];
    for (const id of present) {
      if (!id || !items.some((item) => item.id === id)) continue;
      filesById.set(id, [...(filesById.get(id) ?? []), ...files]);
    }
  }
  return items.map((item) => {
    const files = filesById.get(item.id);
    if (!files) return item;
    const list = files.map((f) => `\`${f}\``).join(', ');
    // One paragraph: the renderers indent details as a single block under the task.
    const linked = { ...item, files, details: `${item.details} ${fill(READY[lang], { files: list })}` };
    if (EXAMPLE_REPLACED_BY_FILE.has(item.id)) delete linked.commands;
    return linked;
  });
}
