import { type Cidr, checkCidr, contains, parseCidrLoose, parseIp } from '../cidr.js';
import { isUnset, type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';
import type { NetworkModel } from './network-model.js';

/* proxy (`validateProxy`). Messages never repeat credentials embedded in a proxy URL. */

const OVN_JOIN = parseCidrLoose('100.64.0.0/16') as Cidr;

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export function checkProxy(config: Obj, model: NetworkModel, report: Report): void {
  const proxy = obj(config.proxy);
  if (!proxy) return;
  const http = str(proxy.httpProxy);
  const https = str(proxy.httpsProxy);
  if (isUnset(http) && isUnset(https)) {
    report.error('proxy', 'proxy', 'proxy.required');
  }
  const check = (field: 'httpProxy' | 'httpsProxy', text: string | undefined, schemes: string[]): void => {
    if (text === undefined || text === '') return;
    const path = `proxy.${field}`;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      report.error(path, 'proxy', 'proxy.url', { field, scheme: schemes[0] ?? 'http' });
      return;
    }
    const scheme = url.protocol.replace(/:$/, '');
    if (!schemes.includes(scheme)) {
      report.error(path, 'proxy', 'proxy.scheme', {
        value: scheme,
        allowed: schemes.map((s) => `"${s}"`).join(', '),
        field,
        example: `${schemes[0] ?? 'http'}://${url.host || 'proxy.example.com:3128'}`,
      });
      return;
    }
    const ip = parseIp(hostOf(url));
    if (!ip) return;
    const inside =
      [...model.cluster, ...model.service].some((e) => e.cidr && contains(e.cidr, ip)) ||
      contains(OVN_JOIN, ip);
    if (inside) report.error(path, 'proxy', 'proxy.in-cluster-network', { host: hostOf(url) });
  };
  check('httpProxy', http, ['http']);
  check('httpsProxy', https, ['http', 'https']);
  const noProxy = str(proxy.noProxy);
  if (noProxy === undefined || noProxy === '' || noProxy === '*') return;
  if (/\s/.test(noProxy)) {
    report.error('proxy.noProxy', 'no-proxy', 'proxy.no-proxy-spaces');
    return;
  }
  noProxy.split(',').forEach((element, i) => {
    if (!validNoProxyElement(element)) {
      report.error('proxy.noProxy', 'no-proxy', 'proxy.no-proxy-element', {
        index: i,
        element: element.length > 60 ? `${element.slice(0, 60)}…` : element,
      });
    }
  });
}

function validNoProxyElement(element: string): boolean {
  if (element === '') return false;
  if (parseIp(element)) return true;
  if (element.includes('/')) {
    const checked = checkCidr(element);
    return checked.ok || checked.reason === 'host-bits';
  }
  const domain = element.startsWith('.') ? element.slice(1) : element;
  // Domains may carry a port (host:port) in Go's httpproxy matching; no wildcards.
  const host = domain.replace(/:\d+$/, '');
  return /^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)*$/.test(host);
}
