import { CONTRACT_SPECS, DEVICE_TYPE_SPECS, GROUP_SPECS } from './catalog.ts';
import type { PlacedType } from './devices.ts';
import { hexString, objectId } from './ids.ts';
import { GPS_LAYOUT, modelByKey } from './models.ts';
import type { Rng, SimContract, SimCredential, SimDeviceType, SimGeolocConfig, SimGroup } from './types.ts';

export interface Organisation {
  groups: SimGroup[];
  groupIdByKey: Map<string, string>;
  contracts: SimContract[];
  geolocConfigs: SimGeolocConfig[];
  deviceTypes: SimDeviceType[];
  placedTypes: PlacedType[];
  credentials: SimCredential[];
}

/** Groups, contracts, geoloc configs, device types and API credentials, from the catalogue. */
export function createOrganisation(rng: Rng, nowSec: number): Organisation {
  const created = (daysAgo: number) => nowSec - daysAgo * 86400;
  const groupIdByKey = new Map<string, string>();
  const groups: SimGroup[] = [];
  for (const spec of GROUP_SPECS) {
    const id = objectId(rng, created(rng.int(400, 1500)));
    groupIdByKey.set(spec.key, id);
    const parent =
      spec.parent === undefined ? undefined : groups.find((g) => g.id === groupIdByKey.get(spec.parent!));
    const group: SimGroup = {
      id,
      name: spec.name,
      nameCI: spec.name.toLowerCase(),
      description: spec.description,
      path: parent ? [...parent.path, parent.id] : [],
      billable: spec.billable,
    };
    if (spec.billable) group.bssId = `bss-${rng.int(1e9, 1e10 - 1)}`;
    groups.push(group);
  }
  const contractId = new Map<string, string>();
  const contracts = CONTRACT_SPECS.map((spec) => {
    const id = objectId(rng, created(rng.int(300, 900)));
    contractId.set(spec.key, id);
    return { id, name: spec.name, geolocation: spec.geolocation };
  });
  const root = groups[0]!;
  const frlog = groups.find((g) => g.id === groupIdByKey.get('frlog'))!;
  const geolocConfigs: SimGeolocConfig[] = [
    { id: objectId(rng, created(1200)), name: 'Sigfox', groupName: root.name, group: root.id },
    {
      id: objectId(rng, created(500)),
      name: `Acme GPS (${GPS_LAYOUT})`,
      groupName: frlog.name,
      group: frlog.id,
    },
  ];
  const perModel = new Map<string, number>();
  for (const spec of DEVICE_TYPE_SPECS) perModel.set(spec.model, (perModel.get(spec.model) ?? 0) + 1);
  const deviceTypes: SimDeviceType[] = [];
  const placedTypes: PlacedType[] = [];
  for (const spec of DEVICE_TYPE_SPECS) {
    const model = modelByKey(spec.model);
    const type: SimDeviceType = {
      id: objectId(rng, created(rng.int(100, 600))),
      name: spec.name,
      group: groupIdByKey.get(spec.group)!,
      description: spec.description,
      keepAlive: model.keepAlive,
      payloadType: model.payloadType,
      downlinkMode: spec.model === 'devkit' ? 1 : 0,
      contract: contractId.get(spec.contract)!,
      model: model.key,
    };
    if (model.payloadType === 'Custom' && model.payloadConfig) type.payloadConfig = model.payloadConfig;
    if (model.payloadType === 'Geolocation') type.geolocPayloadConfigId = geolocConfigs[1]!.id;
    if (model.keepAlive > 0) type.alertEmail = `alerts+${spec.group}@acme-iot.example`;
    if (model.downlink && type.downlinkMode === 0) type.downlinkDataString = hexString(rng, 16);
    deviceTypes.push(type);
    placedTypes.push({
      type,
      cities: spec.cities,
      weight: model.weight / perModel.get(spec.model)!,
      freeTokens: spec.contract === 'evaluation',
    });
  }
  // API credentials are per group (domain-notes.md): a 24-hex login and a 32-hex password.
  const credentials = groups.map((g) => ({
    groupId: g.id,
    login: hexString(rng, 24),
    password: hexString(rng, 32),
  }));
  return { groups, groupIdByKey, contracts, geolocConfigs, deviceTypes, placedTypes, credentials };
}
