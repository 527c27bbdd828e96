import { describe, expect, it } from 'vitest';
import { linkInfraFiles } from '../../src/checklist/infra-links.js';
import type { ChecklistItem } from '../../src/types.js';

const item = (id: string): ChecklistItem => ({
  id,
  phase: 'dns',
  owner: 'dns',
  kind: 'task',
  title: id,
  details: 'Do it.',
  source: 'docs',
});

describe('infra files are referenced from the checklist items they fulfil', () => {
  it('links the load balancer, zones and DHCP files to their items in the chosen language', () => {
    const items = [
      item('lb.api'),
      item('lb.haproxy'),
      item('dns.api'),
      item('dns.nodes'),
      item('dns.ptr'),
      item('network.addresses'),
    ];
    const linked = linkInfraFiles(
      items,
      {
        loadBalancer: 'infra/haproxy.cfg',
        dnsForward: 'infra/dns/c.example.net.zone',
        dnsReverse: ['infra/dns/0.10.10.in-addr.arpa.zone'],
        dhcp: 'infra/dhcp/dnsmasq-c.conf',
      },
      'en',
    );
    const files = Object.fromEntries(linked.map((i) => [i.id, i.files]));
    expect(files).toEqual({
      'lb.api': undefined,
      'lb.haproxy': ['infra/haproxy.cfg'],
      'dns.api': ['infra/dns/c.example.net.zone'],
      'dns.nodes': ['infra/dns/c.example.net.zone'],
      'dns.ptr': ['infra/dns/0.10.10.in-addr.arpa.zone'],
      'network.addresses': ['infra/dhcp/dnsmasq-c.conf'],
    });
    expect(linked[1]?.details).toBe(
      'Do it. Ready-to-apply file in the plan folder: `infra/haproxy.cfg`. Values it does not know are marked REPLACE or left commented out; fill them in before you apply it.',
    );
    const korean = linkInfraFiles([item('dns.ptr')], { dnsReverse: ['infra/dns/r.zone'] }, 'ko');
    expect(korean[0]?.details).toContain(
      '계획 폴더에 바로 적용할 수 있는 파일이 있습니다: `infra/dns/r.zone`',
    );
  });

  it('leaves items alone when there is no file, or an empty reverse-zone list', () => {
    const items = [item('dns.ptr')];
    expect(linkInfraFiles(items, { dnsReverse: [] }, 'en')).toEqual(items);
  });
});

describe('a ready-to-apply file replaces the inline example', () => {
  it('drops the HAProxy sample of lb.haproxy when infra/haproxy.cfg is in the plan', () => {
    const withExample = { ...item('lb.haproxy'), commands: ['listen api-server-6443'] };
    const [linked] = linkInfraFiles([withExample], { loadBalancer: 'infra/haproxy.cfg' }, 'en');
    expect(linked?.commands).toBeUndefined();
    expect(linked?.files).toEqual(['infra/haproxy.cfg']);
    const [kept] = linkInfraFiles([withExample], {}, 'en');
    expect(kept?.commands).toEqual(['listen api-server-6443']);
  });
});
