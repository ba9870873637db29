import { deliveryId } from '#domain/notifications/delivery';
import { maskAddress } from '#domain/notifications/addresses';
import {
  getNotificationPreferences,
  listNotifications,
  setNotificationPreferences,
} from '#use-cases/notifications/notifications';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const notificationResolvers = {
  Query: {
    notifications: async (_parent, args, { principal, app }) =>
      toConnection(await listNotifications(principal, args, app)),
    notificationPreferences: (_parent, args, { principal, app }) =>
      getNotificationPreferences(principal, args, app),
  },
  Mutation: {
    setNotificationPreferences: (_parent, { input }, { principal, app }) =>
      setNotificationPreferences(principal, input, app),
  },
  Notification: {
    id: (delivery) => deliveryId(delivery),
    title: (delivery) => delivery.message.title,
    body: (delivery) => delivery.message.body,
    titleEn: (delivery) => delivery.message.titleEn,
    bodyEn: (delivery) => delivery.message.bodyEn,
    to: (delivery) =>
      delivery.to === null || delivery.channel === 'INBOX'
        ? null
        : maskAddress(delivery.channel, delivery.to),
  },
} satisfies Resolvers;
