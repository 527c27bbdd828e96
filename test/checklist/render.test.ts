import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import { renderChecklistHtml } from '../../src/render/checklist/html.js';
import { renderChecklistMarkdown } from '../../src/render/checklist/markdown.js';
import type { Plan, Recommendation } from '../../src/types.js';
import { makeRec, PLANS } from './factory.js';

function render(plan: Plan, rec: Recommendation, lang: 'en' | 'ko') {
  const items = buildChecklist(plan, rec, lang, { hasPullSecret: true });
  return {
    md: renderChecklistMarkdown(plan, rec, items, lang),
    html: renderChecklistHtml(plan, rec, items, lang),
  };
}

describe('checklist.md', () => {
  test('title, recommendation with sources, task lists, mermaid topology', () => {
    const { md } = render(PLANS.upiBaremetalHa(), makeRec('UPI'), 'en');
    expect(md.startsWith('# OpenShift installation checklist: bm.dc.acme.test\n')).toBe(true);
    expect(md).toContain('- **Installation method:** UPI');
    expect(md).toContain('source: notes: 사용자 지정 인프라 (UPI)');
    expect(md).toContain('- [ ] **Record api.bm.dc.acme.test → API load balancer 172.16.10.5**');
    expect(md).toContain('- [ ] **[verify]** **The API answers on https://api.bm.dc.acme.test:6443**');
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toContain('fe_api["API load balancer<br/>172.16.10.5 :6443 :22623"]');
    expect(md).toContain('fe_api -.-> node_bootstrap');
    expect(md).toContain('| Frontend | Back ends | IP address | Health check | Reachable from |');
    expect(md).toContain('  openshift-install create ignition-configs --dir bm-install');
    expect(md).not.toContain('example.com');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3,}/);
  });

  test('Korean: headings and item titles in Korean, commands unchanged', () => {
    const { md } = render(PLANS.upiBaremetalHa(), makeRec('UPI'), 'ko');
    expect(md.startsWith('# OpenShift 설치 체크리스트: bm.dc.acme.test\n')).toBe(true);
    expect(md).toContain('## 권장 설치 방식');
    expect(md).toContain('- [ ] **API 로드 밸런서 6443 포트 (172.16.10.5) → bootstrap, cp-0, cp-1, cp-2**');
    expect(md).toContain('- [ ] **[확인]**');
    expect(md).toContain('  openshift-install wait-for bootstrap-complete --dir bm-install --log-level=info');
  });

  test('is deterministic', () => {
    expect(render(PLANS.ipiAws(), makeRec('IPI'), 'en')).toEqual(
      render(PLANS.ipiAws(), makeRec('IPI'), 'en'),
    );
  });
});

describe('checklist.html', () => {
  test('self-contained printable page with an inline SVG and no external fetch', () => {
    const { html } = render(PLANS.ipiVsphere(), makeRec('IPI'), 'en');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg ');
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toContain('API VIP');
    expect(html).toContain('192.168.10.5');
  });

  test('escapes text from the recommendation and the plan', () => {
    const rec = makeRec('UPI', {
      reasons: [
        { id: 'x', favours: 'UPI', effect: 'favours', text: '<b>bold</b> & "quoted"', source: 'notes <s>' },
      ],
      warnings: ['<script>alert(1)</script>'],
    });
    const { html, md } = render(PLANS.upiBaremetalHa(), rec, 'en');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    // Commands with shell quoting are escaped in HTML and kept verbatim in Markdown.
    expect(html).toContain('oc get csr -o go-template&#x3D;&#x27;{{range .items}}{{if not .status}}');
    expect(md).toContain("oc get csr -o go-template='{{range .items}}");
  });

  test('Korean page declares its language', () => {
    const { html } = render(PLANS.snoNone(), makeRec('UPI'), 'ko');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('단일 노드');
  });
});
