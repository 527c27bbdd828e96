import { type Cidr, checkCidr } from '../cidr.js';
import { type MessageValue, msg } from '../messages/index.js';
import { child } from '../path.js';
import { int, isObj, list, type Obj, obj, str } from '../read.js';

/*
 * The networking block after the installer's defaults: machineNetwork [10.0.0.0/16] (PowerVS
 * 192.168.0.0/24), serviceNetwork [172.30.0.0/16], clusterNetwork [{10.128.0.0/14, hostPrefix 23}], networkType
 * OVNKubernetes. Every rule that needs networks reads this one model.
 */

export interface NetEntry {
  /** Path of the CIDR in the installer's notation. */
  path: string;
  text: string;
  /** Undefined when the text is not a valid network CIDR (reported by the networking rules). */
  cidr?: Cidr;
  /** True when the entry is the installer's default, not written in the file. */
  defaulted: boolean;
}

export interface ClusterEntry extends NetEntry {
  hostPrefix?: number;
  hostPrefixPath: string;
  hostPrefixRaw: unknown;
}

export interface NetworkModel {
  networkType: string;
  machine: NetEntry[];
  service: NetEntry[];
  cluster: ClusterEntry[];
  raw: Obj;
}

function entry(path: string, text: string, defaulted: boolean): NetEntry {
  const checked = checkCidr(text);
  return { path, text, defaulted, ...(checked.ok ? { cidr: checked.cidr } : {}) };
}

export function networkModel(config: Obj, platform: string | undefined): NetworkModel {
  const net = obj(config.networking) ?? {};
  const networkType = str(net.networkType) || 'OVNKubernetes';
  const machineItems = list(net.machineNetwork);
  const machine =
    machineItems.length > 0
      ? machineItems.map((item, i) => {
          const path = child(child('networking.machineNetwork', i), 'cidr');
          return entry(path, str(isObj(item) ? item.cidr : undefined) ?? '', false);
        })
      : [entry('networking.machineNetwork', platform === 'powervs' ? '192.168.0.0/24' : '10.0.0.0/16', true)];
  const serviceItems = list(net.serviceNetwork);
  const service =
    serviceItems.length > 0
      ? serviceItems.map((item, i) => entry(child('networking.serviceNetwork', i), str(item) ?? '', false))
      : [entry('networking.serviceNetwork', '172.30.0.0/16', true)];
  const clusterItems = list(net.clusterNetwork);
  const cluster: ClusterEntry[] =
    clusterItems.length > 0
      ? clusterItems.map((item, i) => {
          const base = child('networking.clusterNetwork', i);
          const o = obj(item) ?? {};
          const hostPrefix = int(o.hostPrefix);
          return {
            ...entry(child(base, 'cidr'), str(o.cidr) ?? '', false),
            hostPrefixPath: child(base, 'hostPrefix'),
            hostPrefixRaw: o.hostPrefix,
            ...(hostPrefix !== undefined ? { hostPrefix } : {}),
          };
        })
      : [
          {
            ...entry('networking.clusterNetwork', '10.128.0.0/14', true),
            hostPrefix: 23,
            hostPrefixPath: 'networking.clusterNetwork',
            hostPrefixRaw: 23,
          },
        ];
  return { networkType, machine, service, cluster, raw: net };
}

/** How an entry is named in messages: its value, and "the default" when the installer supplied it. */
export function label(e: NetEntry): MessageValue {
  return e.defaulted ? msg('net.default', { text: e.text }) : e.text;
}
