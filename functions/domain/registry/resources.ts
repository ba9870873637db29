import type { Resource } from '../authorization/policy.ts';
import type { Enterprise } from './enterprise.ts';
import type { Provider } from './provider.ts';

export const enterpriseResource = (enterprise: Pick<Enterprise, 'creditCode' | 'town'>): Resource => ({
  creditCode: enterprise.creditCode,
  town: enterprise.town,
});

export const providerResource = (provider: Pick<Provider, 'id'>): Resource => ({ providerId: provider.id });
