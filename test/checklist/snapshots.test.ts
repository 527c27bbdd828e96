import { expect, test } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import { renderChecklistHtml } from '../../src/render/checklist/html.js';
import { renderChecklistMarkdown } from '../../src/render/checklist/markdown.js';
import { makeRec, PLANS } from './factory.js';

/** Two plans, both languages: UPI bare metal with hosts (everything by hand) and IPI vSphere (VIPs, DNS by hand). */
const CASES = [
  { name: 'upi-baremetal-ha', plan: PLANS.upiBaremetalHa, method: 'UPI' as const, hasPullSecret: false },
  { name: 'ipi-vsphere-ha', plan: PLANS.ipiVsphere, method: 'IPI' as const, hasPullSecret: true },
];

for (const c of CASES) {
  for (const lang of ['en', 'ko'] as const) {
    test(`${c.name} (${lang})`, async () => {
      const plan = c.plan();
      const rec = makeRec(c.method);
      const items = buildChecklist(plan, rec, lang, { hasPullSecret: c.hasPullSecret });
      await expect(renderChecklistMarkdown(plan, rec, items, lang)).toMatchFileSnapshot(
        `__snapshots__/${c.name}.${lang}.md`,
      );
      await expect(renderChecklistHtml(plan, rec, items, lang)).toMatchFileSnapshot(
        `__snapshots__/${c.name}.${lang}.html`,
      );
    });
  }
}
