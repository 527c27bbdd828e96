import { type Problem, problemOf } from '../answers/problems.js';
import type { Plan } from '../types.js';
import { CHECK_MESSAGES as M } from './check-messages.js';

/** The proxy block and connectivity agree. */
export function checkProxyConnectivity(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  if (plan.connectivity === 'proxy' && !plan.proxy) problems.push(problemOf('proxy', M.proxyRequired));
  if (plan.proxy && plan.connectivity === 'connected') problems.push(problemOf('proxy', M.proxyConnected));
  return problems;
}

export function checkProxyValues(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const proxy = plan.proxy;
  if (!proxy) return problems;
  if (!proxy.httpProxy && !proxy.httpsProxy) problems.push(problemOf('proxy', M.proxyUrlMissing));
  // The installer accepts only http:// for httpProxy and http(s):// for httpsProxy (installconfig.go (publish, credentials, mirrors, proxy)).
  if (proxy.httpProxy && !/^http:\/\/[^\s/]+/.test(proxy.httpProxy))
    problems.push(problemOf('proxy.httpProxy', M.httpProxy));
  if (proxy.httpsProxy && !/^https?:\/\/[^\s/]+/.test(proxy.httpsProxy))
    problems.push(problemOf('proxy.httpsProxy', M.httpsProxy));
  if (proxy.noProxy !== undefined && /\s/.test(proxy.noProxy))
    problems.push(problemOf('proxy.noProxy', M.noProxySpaces));
  if (proxy.noProxy?.split(',').some((entry) => entry.includes('*') && entry !== '*'))
    problems.push(problemOf('proxy.noProxy', M.noProxyWildcard));
  return problems;
}

export function checkMirror(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  if (plan.connectivity === 'disconnected' && !plan.mirror)
    problems.push(problemOf('mirror', M.mirrorRequired));
  if (plan.mirror && !/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/i.test(plan.mirror.registry))
    problems.push(problemOf('mirror.registry', M.mirrorRegistry));
  return problems;
}
