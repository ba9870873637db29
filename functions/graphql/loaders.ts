import DataLoader from 'dataloader';
import type { Town, TownRepository } from '#domain/towns/town';

/** Per-request batching: every town a page of records refers to is read in one request. */
export interface Loaders {
  readonly town: DataLoader<string, Town | undefined>;
}

export function createLoaders(ports: { towns: TownRepository }): Loaders {
  return {
    town: new DataLoader(async (codes: readonly string[]) => {
      const towns = await ports.towns.getMany(codes);
      return codes.map((code) => towns.get(code));
    }),
  };
}
